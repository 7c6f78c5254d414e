namespace InfraDesigner.Web.Mediation;

/// <summary>Runs every <see cref="IValidator{TRequest}"/> of a request; a request with errors never reaches its handler.</summary>
internal sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse> where TRequest : notnull, IMessage
{
    public ValueTask<TResponse> Handle(TRequest request, MessageHandlerDelegate<TRequest, TResponse> next, CancellationToken cancellationToken)
    {
        var errors = validators.SelectMany(v => v.Validate(request)).ToList();
        return errors.Count == 0 ? next(request, cancellationToken) : throw new RequestValidationException(errors);
    }
}
