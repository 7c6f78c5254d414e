using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.SignalR;

namespace InfraDesigner.Web.Security;

/// <summary>
/// What a failure tells the client: in Development the exception (type and message) in the problem
/// body; anywhere else only that something failed, and circuits and the hub never send details, whatever
/// DetailedErrors says in the configuration.
/// </summary>
public static class ErrorDetails
{
    public static IServiceCollection AddErrorDetailsOnlyInDevelopment(this IServiceCollection services)
    {
        services.AddOptions<ProblemDetailsOptions>().Configure<IHostEnvironment>((options, environment) =>
        {
            if (!environment.IsDevelopment()) return;
            options.CustomizeProblemDetails = context =>
            {
                if (context.Exception is { } exception)
                    context.ProblemDetails.Extensions["exception"] = $"{exception.GetType().FullName}: {exception.Message}";
            };
        });
        services.AddOptions<CircuitOptions>().PostConfigure<IHostEnvironment>((options, environment) =>
            options.DetailedErrors &= environment.IsDevelopment());
        services.AddOptions<HubOptions>().PostConfigure<IHostEnvironment>((options, environment) =>
            options.EnableDetailedErrors = options.EnableDetailedErrors == true && environment.IsDevelopment());
        return services;
    }
}
