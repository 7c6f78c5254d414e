namespace InfraDesigner.Web.Mediation;

/// <summary>A request whose handler answers with <typeparamref name="TResponse"/> (MediatR 12's shape).</summary>
public interface IRequest<out TResponse>;
