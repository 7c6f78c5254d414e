namespace InfraDesigner.Domain.Validation;

/// <summary>
/// Something wrong with a topology or document. <see cref="Path"/> points into the JSON document format,
/// e.g. <c>elements[3].interfaces[2].address</c>; "$" means the document as a whole.
/// </summary>
public sealed record Problem(Severity Severity, string Path, string Message)
{
    public static Problem Error(string path, string message) => new(Severity.Error, path, message);

    public static Problem Warning(string path, string message) => new(Severity.Warning, path, message);

    public bool IsError => Severity == Severity.Error;

    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()} at {Path}: {Message}";
}
