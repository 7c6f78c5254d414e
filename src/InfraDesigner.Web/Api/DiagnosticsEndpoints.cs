using InfraDesigner.Web.Features.Diagnostics;
using InfraDesigner.Web.Hubs;
using Microsoft.Extensions.Options;

namespace InfraDesigner.Web.Api;

/// <summary>What the server holds, for operators and for measuring the memory each open editor costs.</summary>
public static class DiagnosticsEndpoints
{
    /// <summary>Maps the endpoints (for admins) in Development, or where Diagnostics:Enabled is true; elsewhere /api/diagnostics/* do not exist (404).</summary>
    public static WebApplication MapDiagnosticsEndpointsWhereAllowed(this WebApplication app)
    {
        if (app.Environment.IsDevelopment() || app.Services.GetRequiredService<IOptions<DiagnosticsOptions>>().Value.Enabled)
            app.MapDiagnosticsEndpoints();
        return app;
    }

    public static IEndpointRouteBuilder MapDiagnosticsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/diagnostics/memory", (bool? collect, OpenCircuits circuits, RunningHubStreams hubStreams, IOptions<DiagnosticsOptions> options) =>
                collect == true && !options.Value.AllowCollect
                    ? Results.Problem("Forcing a collection is turned off; set Diagnostics:AllowCollect to true to allow it.", statusCode: StatusCodes.Status403Forbidden)
                    : Results.Ok(MemoryReport.Take(circuits, hubStreams, collect == true)))
            .RequireAuthorization(Accounts.AccountsServiceCollectionExtensions.AdminPolicy)
            .WithName("GetMemoryReport")
            .WithSummary("Open circuits, running simulation hub streams, managed heap and working set of the server")
            .Produces<MemoryReport>();
        return app;
    }
}
