using InfraDesigner.Web.Accounts.Tokens;
using InfraDesigner.Data;
using InfraDesigner.Web.Accounts;
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
        app.UseRequestLocalization();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseCurrentUser();
        app.UseReadOnlyTokens();
        app.UseAntiforgery();

        using (var scope = app.Services.CreateScope())
            scope.ServiceProvider.GetRequiredService<AccountRegistration>().CreateConfiguredAdminAsync().GetAwaiter().GetResult();

        // Everything else needs a signed-in account (the fallback policy).
        app.MapStaticAssets().AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapAccountEndpoints();
        app.MapTopologyEndpoints();
        app.MapSimulationEndpoints();
        app.MapReachabilityEndpoints();
        app.MapLessonEndpoints();
        app.MapClassroomEndpoints();
        app.MapAuditEndpoints();
        app.MapGroupEndpoints();
        app.MapDiagnosticsEndpointsWhereAllowed();
        app.MapHub<SimulationHub>(SimulationHub.Path);
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode()
            .AddAdditionalAssemblies([.. app.Services.GetRequiredService<AdditionalPages>().Assemblies]);
        return app;
    }
}
