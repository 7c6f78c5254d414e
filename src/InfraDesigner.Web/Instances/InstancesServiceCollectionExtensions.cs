using InfraDesigner.Data;

namespace InfraDesigner.Web.Instances;

public static class InstancesServiceCollectionExtensions
{
    /// <summary>
    /// With PostgreSQL, several app instances may serve one database: stored changes reach the editors on every
    /// instance through LISTEN/NOTIFY. With SQLite there is one instance, and nothing to relay.
    /// </summary>
    public static IServiceCollection AddInstances(this IServiceCollection services, DatabaseSettings database)
    {
        services.AddSingleton<InstanceIdentity>();
        if (database.Provider != DatabaseProvider.PostgreSql)
            return services.AddSingleton<ITopologyNoticeRelay, SingleInstanceRelay>();
        services.AddSingleton<ITopologyNoticeRelay, PostgreSqlNoticeRelay>();
        services.AddSingleton<PostgreSqlNoticeListener>();
        return services.AddHostedService(provider => provider.GetRequiredService<PostgreSqlNoticeListener>());
    }
}
