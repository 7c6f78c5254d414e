using Microsoft.AspNetCore.SignalR;

namespace InfraDesigner.Web.Hubs;

public static class SimulationHubServiceCollectionExtensions
{
    /// <summary>Largest hub message accepted: a placement question at its limit of new VMs fits with room to spare.</summary>
    public const long MaxQuestionBytes = 1024 * 1024;

    public static IServiceCollection AddSimulationHub(this IServiceCollection services)
    {
        services.AddSignalR(hubs => hubs.AddFilter<Accounts.CurrentUserHubFilter>()).AddHubOptions<SimulationHub>(o => o.MaximumReceiveMessageSize = MaxQuestionBytes);
        services.AddSingleton<RunningHubStreams>().AddScoped<HubQuestions>();
        return services;
    }
}
