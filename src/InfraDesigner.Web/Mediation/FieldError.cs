namespace InfraDesigner.Web.Mediation;

/// <summary>A problem with one field of user input: the path of the field (e.g. "name") and the reason.</summary>
public sealed record FieldError(string Path, string Message);
