namespace InfraDesigner.Web.Mediation;

public delegate Task<TResponse> RequestHandlerDelegate<TResponse>();

/// <summary>Wraps every handler call: validation, logging and the like, registered open-generic.</summary>
public interface IPipelineBehavior<in TRequest, TResponse> where TRequest : notnull
{
    Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken);
}
