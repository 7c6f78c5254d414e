using InfraDesigner.Data.Store;
using Microsoft.Extensions.Caching.Distributed;

namespace InfraDesigner.Web.Instances;

public static class PausedCircuitsServiceCollectionExtensions
{
    /// <summary>
    /// When a circuit pauses, Blazor hands its state to the browser; when that push fails (the browser closes the
    /// connection first, which Blazor's own client can do), it keeps the state in a HybridCache. Backing that cache
    /// with the database, instead of process memory, lets the session resume on another instance or after a restart.
    /// </summary>
    public static IServiceCollection AddPausedCircuitStore(this IServiceCollection services)
    {
        services.AddSingleton<IDistributedCache, DatabaseDistributedCache>();
        services.AddHybridCache();
        return services;
    }
}
