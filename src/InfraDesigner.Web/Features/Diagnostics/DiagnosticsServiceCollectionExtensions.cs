using Microsoft.AspNetCore.Components.Server.Circuits;

namespace InfraDesigner.Web.Features.Diagnostics;

public static class DiagnosticsServiceCollectionExtensions
{
    public static IServiceCollection AddDiagnostics(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DiagnosticsOptions>(configuration.GetSection(DiagnosticsOptions.Section));
        services.AddSingleton<OpenCircuits>().AddScoped<CircuitHandler, OpenCircuits.Counter>();
        return services;
    }
}
