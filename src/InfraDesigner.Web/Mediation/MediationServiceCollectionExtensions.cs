using System.Reflection;
using InfraDesigner.Web.Features;

namespace InfraDesigner.Web.Mediation;

public static class MediationServiceCollectionExtensions
{
    /// <summary>
    /// Registers Mediator (its source generator finds every request handler at build time) with the
    /// pipeline behaviours, outermost first: logging, validation, the topology access check, and the simulations' time budget
    /// (listed here because the generator reads this list at build time), and every validator in <paramref name="assembly"/>.
    /// </summary>
    public static IServiceCollection AddMediation(this IServiceCollection services, Assembly assembly)
    {
        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.PipelineBehaviors = [typeof(LoggingBehavior<,>), typeof(ValidationBehavior<,>), typeof(Accounts.TopologyAccessBehavior<,>), typeof(RunBudgetBehavior<,>)];
        });
        foreach (var type in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }))
        foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)))
            services.AddScoped(contract, type);
        return services;
    }
}
