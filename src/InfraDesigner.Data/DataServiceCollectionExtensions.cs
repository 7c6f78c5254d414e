using Microsoft.EntityFrameworkCore;
using InfraDesigner.Data.Store;
using Microsoft.Extensions.DependencyInjection;

namespace InfraDesigner.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers a factory of <see cref="AppDbContext"/>: each use case opens a short-lived context,
    /// which is what Blazor Server circuits need (a context per circuit would live for hours).
    /// </summary>
    public static IServiceCollection AddInfraDesignerData(this IServiceCollection services, DatabaseSettings settings)
    {
        services.AddSingleton(settings);
        services.AddPooledDbContextFactory<AppDbContext>(options => DatabaseSetup.Configure(options, settings));
        services.AddSingleton<TopologyStore>();
        services.AddSingleton<LessonStore>();
        services.AddSingleton<ClassroomStore>();
        services.AddSingleton<ApiTokenStore>();
        return services;
    }
}
