using InfraDesigner.Web.Localization;
using InfraDesigner.Data;
using InfraDesigner.Web.Accounts;
using InfraDesigner.Web.Api;
using InfraDesigner.Web.Features;
using InfraDesigner.Web.Features.Diagnostics;
using InfraDesigner.Web.Features.Editing;
using InfraDesigner.Web.Features.Simulations;
using InfraDesigner.Web.Features.Topologies;
using InfraDesigner.Web.Hubs;
using InfraDesigner.Web.Instances;
using InfraDesigner.Web.Security;
using InfraDesigner.Web.Mediation;
using MudBlazor;
using MudBlazor.Services;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InfraDesigner.Web;

public static class WebServiceCollectionExtensions
{
    public const string ConnectionStringName = "InfraDesigner";

    /// <summary>Everything the app needs: the web host's services plus the application's.</summary>
    public static IServiceCollection AddInfraDesignerWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.TryAddSingleton(new AdditionalPages([]));
        services.AddMudServices(mud =>
        {
            // Top centre, over the middle of the app bar, which holds no controls: clear of the canvas toolbar,
            // zoom controls, minimap and VLAN legend.
            mud.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.TopCenter;
            mud.SnackbarConfiguration.VisibleStateDuration = 6000;
            mud.SnackbarConfiguration.ShowCloseIcon = true;
            mud.SnackbarConfiguration.SnackbarVariant = Variant.Text;
            mud.SnackbarConfiguration.PreventDuplicates = false;
        });
        services.AddLocalization();
        services.AddTransient<MudLocalizer, MudTexts>();
        services.Configure<RequestLocalizationOptions>(Languages.Configure);
        services.AddOpenApi();
        services.AddProblemDetails();
        services.AddExceptionHandler<ValidationExceptionHandler>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddDiagnostics(configuration);
        services.AddInfraDesignerSecurity(configuration);
        services.AddAccounts(configuration);
        services.AddSimulationHub();
        services.AddSharedKeys();
        services.AddPausedCircuitStore();
        return services.AddInfraDesignerApplication(configuration);
    }

    /// <summary>The use cases, their data and the circuit state services; no HTTP host needed (component tests use this).</summary>
    public static IServiceCollection AddInfraDesignerApplication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<Accounts.CurrentUser>().AddScoped<Accounts.TopologyAccessCheck>();
        services.Configure<ApiOptions>(configuration.GetSection(ApiOptions.Section));
        services.AddInfraDesignerDatabase(configuration);
        services.Configure<RunLimits>(configuration.GetSection(RunLimits.Section));
        services.AddMediation(typeof(WebServiceCollectionExtensions).Assembly);
        services.AddSingleton<Features.Simulations.RunsInProgress>();
        services.AddMemoryCache().AddSingleton<TopologyModels>().AddSingleton<Features.Lessons.LessonLibrary>();
        services.AddScoped<Components.Reachability.AnswerOnCanvas>();
        services.AddScoped<Components.Simulation.SimulationOnCanvas>();
        services.AddScoped<Features.Reachability.LiveSnapshot>();
        services.AddScoped<Components.Intents.IntentWatch>();
        services.AddScoped<Components.Segmentation.FlowWatch>();
        services.AddScoped<Components.Lessons.ExerciseWatch>();
        services.AddSingleton<Features.Classrooms.ClassroomNews>().AddScoped<Features.Classrooms.GuestAccounts>();
        services.AddSingleton<Components.Canvas.IconLibrary>();
        services.AddEditing();
        return services;
    }
}
