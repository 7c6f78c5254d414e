namespace InfraDesigner.Domain.Services;

public enum DatabaseProduct
{
    Oracle,
    PostgreSql,
    SqlServer,
    MariaDb,
}
