using InfraDesigner.Data;
using InfraDesigner.Web.Instances;

namespace InfraDesigner.Web;

public static class DatabaseServiceCollectionExtensions
{
    /// <summary>Configuration key of the database engine: Sqlite (the default) or PostgreSQL.</summary>
    public const string ProviderKey = "Database:Provider";

    public static string ConnectionStringKey => $"ConnectionStrings:{WebServiceCollectionExtensions.ConnectionStringName}";

    /// <summary>
    /// The data layer on the engine and connection string the configuration names; wrong ones stop the start with the
    /// key at fault. With PostgreSQL, stored changes also reach the editors of the other instances on the same database.
    /// </summary>
    public static IServiceCollection AddInfraDesignerDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = SettingsFrom(configuration);
        return services.AddInfraDesignerData(settings).AddInstances(settings);
    }

    public static DatabaseSettings SettingsFrom(IConfiguration configuration)
    {
        var provider = ProviderFrom(configuration[ProviderKey]);
        var connectionString = configuration.GetConnectionString(WebServiceCollectionExtensions.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider != DatabaseProvider.Sqlite)
                throw new InvalidOperationException($"{ConnectionStringKey} is required when {ProviderKey} is {provider}.");
            connectionString = DatabaseSetup.DefaultConnectionString;
        }
        var settings = new DatabaseSettings(provider, connectionString);
        try
        {
            DatabaseSetup.Check(settings);
        }
        catch (ArgumentException wrong)
        {
            throw new InvalidOperationException($"{ConnectionStringKey} is not a {provider} connection string ({ProviderKey} is {provider}): {wrong.Message}", wrong);
        }
        return settings;
    }

    private static DatabaseProvider ProviderFrom(string? value) =>
        string.IsNullOrWhiteSpace(value) ? DatabaseProvider.Sqlite
        : Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider) && Enum.IsDefined(provider) ? provider
        : throw new InvalidOperationException($"{ProviderKey} must be Sqlite or PostgreSQL, not '{value}'.");
}
