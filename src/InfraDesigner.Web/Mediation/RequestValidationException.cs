namespace InfraDesigner.Web.Mediation;

/// <summary>Thrown by the validation behaviour; the API turns it into a 400 validation problem.</summary>
public sealed class RequestValidationException(IReadOnlyList<FieldError> errors)
    : Exception("The request is not valid: " + string.Join("; ", errors.Select(e => $"{e.Path}: {e.Message}")))
{
    public IReadOnlyList<FieldError> Errors { get; } = errors;

    public IDictionary<string, string[]> ToDictionary() =>
        Errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());

    /// <summary>One message per field, as a form shows it under that field.</summary>
    public Dictionary<string, string> ByField() =>
        Errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => string.Join(" ", g.Select(e => e.Message)));
}
