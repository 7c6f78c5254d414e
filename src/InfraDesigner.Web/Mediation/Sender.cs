using System.Collections.Concurrent;

namespace InfraDesigner.Web.Mediation;

/// <summary>Finds the handler for a request and runs it inside the registered pipeline behaviours.</summary>
internal sealed class Sender(IServiceProvider services) : ISender
{
    private static readonly ConcurrentDictionary<Type, RequestInvoker> Invokers = new();

    public async Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var invoker = Invokers.GetOrAdd(request.GetType(), static type =>
            (RequestInvoker)Activator.CreateInstance(typeof(RequestInvoker<,>).MakeGenericType(type, ResponseTypeOf(type)))!);
        return (TResponse)(await invoker.Invoke(request, services, cancellationToken))!;
    }

    private static Type ResponseTypeOf(Type requestType) =>
        requestType.GetInterfaces()
            .Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>))
            .GetGenericArguments()[0];

    private abstract class RequestInvoker
    {
        public abstract Task<object?> Invoke(object request, IServiceProvider services, CancellationToken cancellationToken);
    }

    private sealed class RequestInvoker<TRequest, TResponse> : RequestInvoker where TRequest : IRequest<TResponse>
    {
        public override async Task<object?> Invoke(object request, IServiceProvider services, CancellationToken cancellationToken)
        {
            var typed = (TRequest)request;
            var handler = services.GetService<IRequestHandler<TRequest, TResponse>>()
                ?? throw new InvalidOperationException($"No handler is registered for {typeof(TRequest).Name}.");
            RequestHandlerDelegate<TResponse> pipeline = () => handler.Handle(typed, cancellationToken);
            foreach (var behavior in services.GetServices<IPipelineBehavior<TRequest, TResponse>>().Reverse())
            {
                var next = pipeline;
                pipeline = () => behavior.Handle(typed, next, cancellationToken);
            }
            return await pipeline();
        }
    }
}
