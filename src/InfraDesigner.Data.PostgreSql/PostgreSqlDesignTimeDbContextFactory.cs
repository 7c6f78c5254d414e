using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace InfraDesigner.Data.PostgreSql;

/// <summary>
/// Lets `dotnet ef` build the context for the PostgreSQL migrations in this project:
/// `dotnet ef migrations add Name --project src/InfraDesigner.Data.PostgreSql`. Adding a migration
/// needs no server; the connection string is only there to choose the provider.
/// </summary>
public sealed class PostgreSqlDesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseSetup.Configure(options, DatabaseSettings.PostgreSql("Host=127.0.0.1;Database=infradesigner"));
        return new AppDbContext(options.Options);
    }
}
