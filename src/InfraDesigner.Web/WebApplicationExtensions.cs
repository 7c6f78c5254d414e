using InfraDesigner.Data;
using InfraDesigner.Web.Api;
using InfraDesigner.Web.Components;
using InfraDesigner.Web.Hubs;
using InfraDesigner.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Web;

public static class WebApplicationExtensions
{
    public static WebApplication UseInfraDesignerWeb(this WebApplication app)
    {
        using (var db = app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext())
            DatabaseSetup.Migrate(db);

        app.UseInfraDesignerSecurity();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapOpenApi();
        app.MapHealthChecks("/health");
        app.MapTopologyEndpoints();
        app.MapSimulationEndpoints();
        app.MapReachabilityEndpoints();
        app.MapDiagnosticsEndpointsWhereAllowed();
        app.MapHub<SimulationHub>(SimulationHub.Path);
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode()
            .AddAdditionalAssemblies([.. app.Services.GetRequiredService<AdditionalPages>().Assemblies]);
        return app;
    }
}
