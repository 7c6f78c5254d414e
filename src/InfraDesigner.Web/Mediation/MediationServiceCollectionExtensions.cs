using System.Reflection;

namespace InfraDesigner.Web.Mediation;

public static class MediationServiceCollectionExtensions
{
    /// <summary>Registers the sender, the pipeline behaviours, and every handler and validator in <paramref name="assembly"/>.</summary>
    public static IServiceCollection AddMediation(this IServiceCollection services, Assembly assembly)
    {
        services.AddScoped<ISender, Sender>();
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        var openInterfaces = new[] { typeof(IRequestHandler<,>), typeof(IValidator<>) };
        foreach (var type in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }))
        foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && openInterfaces.Contains(i.GetGenericTypeDefinition())))
            services.AddScoped(contract, type);
        return services;
    }
}
