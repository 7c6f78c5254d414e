namespace InfraDesigner.Web.Mediation;

/// <summary>Checks a request before its handler runs; each failure names the field path it concerns.</summary>
public interface IValidator<in TRequest>
{
    IEnumerable<FieldError> Validate(TRequest request);
}
