using InfraDesigner.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Web.Instances;

public static class SharedKeysServiceCollectionExtensions
{
    /// <summary>
    /// Keeps the data-protection keys (which protect circuits, antiforgery tokens and cookies) in the database, so
    /// every instance on it reads what another one wrote, and a restarted instance keeps its keys.
    /// </summary>
    public static IServiceCollection AddSharedKeys(this IServiceCollection services)
    {
        // The key store asks a scope for the context; the app otherwise opens contexts from the factory.
        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext());
        services.AddDataProtection().SetApplicationName("InfraDesigner").PersistKeysToDbContext<AppDbContext>();
        return services;
    }
}
