namespace InfraDesigner.Web.Features.Editing;

public static class EditingServiceCollectionExtensions
{
    /// <summary>One broadcaster for the app, one editing session per circuit.</summary>
    public static IServiceCollection AddEditing(this IServiceCollection services) =>
        services.AddSingleton<TopologyBroadcaster>().AddScoped<EditingSession>();
}
