using InfraDesigner.Data;
using InfraDesigner.Web.Api;
using InfraDesigner.Web.Components.Ui;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web;

public static class WebServiceCollectionExtensions
{
    public const string ConnectionStringName = "InfraDesigner";

    public static IServiceCollection AddInfraDesignerWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddOpenApi();
        services.AddProblemDetails();
        services.AddExceptionHandler<ValidationExceptionHandler>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddSingleton(TimeProvider.System);
        services.AddInfraDesignerData(configuration.GetConnectionString(ConnectionStringName) ?? DatabaseSetup.DefaultConnectionString);
        services.AddMediation(typeof(WebServiceCollectionExtensions).Assembly);
        services.AddScoped<ToastService>();
        return services;
    }
}
