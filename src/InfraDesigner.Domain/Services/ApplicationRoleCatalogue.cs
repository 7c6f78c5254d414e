namespace InfraDesigner.Domain.Services;

/// <summary>The services an element with a given role usually listens on.</summary>
public static class ApplicationRoleCatalogue
{
    public static Service Ssh { get; } = Service.Tcp("ssh", 22);
    public static Service Http { get; } = Service.Tcp("http", 80);
    public static Service Https { get; } = Service.Tcp("https", 443);
    public static Service Dns { get; } = Service.Udp("dns", 53);
    public static Service HttpProxy { get; } = Service.Tcp("http-proxy", 3128);

    /// <summary>Default services of a role. Db uses <paramref name="database"/>; Sap uses instance 00.</summary>
    public static EquatableArray<Service> DefaultServices(ApplicationRole role, DatabaseProduct database = DatabaseProduct.PostgreSql) => role switch
    {
        ApplicationRole.Web => [Http, Https],
        ApplicationRole.Api => [Https],
        ApplicationRole.Batch => [],
        ApplicationRole.Db => [DatabaseService(database)],
        ApplicationRole.EaiHub => [Https],
        ApplicationRole.Sap => SapServices(0),
        ApplicationRole.Dns => [Dns],
        ApplicationRole.Proxy => [HttpProxy],
        ApplicationRole.Storage => [Service.Tcp("nfs", 2049)],
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown application role."),
    };

    public static Service DatabaseService(DatabaseProduct product) => product switch
    {
        DatabaseProduct.Oracle => Service.Tcp("oracle", 1521),
        DatabaseProduct.PostgreSql => Service.Tcp("postgresql", 5432),
        DatabaseProduct.SqlServer => Service.Tcp("mssql", 1433),
        DatabaseProduct.MariaDb => Service.Tcp("mariadb", 3306),
        _ => throw new ArgumentOutOfRangeException(nameof(product), product, "Unknown database product."),
    };

    /// <summary>SAP dispatcher 32NN and gateway 33NN, where NN is the two-digit instance number.</summary>
    public static EquatableArray<Service> SapServices(int instanceNumber)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(instanceNumber);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(instanceNumber, 99);
        return [Service.Tcp("sap-dispatcher", 3200 + instanceNumber), Service.Tcp("sap-gateway", 3300 + instanceNumber)];
    }
}
