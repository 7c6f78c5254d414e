namespace InfraDesigner.Domain.Validation;

/// <summary>Size limits enforced on imported documents and by the validator.</summary>
public static class Limits
{
    public const int MaxNameLength = 200;

    public const int MaxDescriptionLength = 4000;

    /// <summary>No text field of a document may be longer than this.</summary>
    public const int MaxTextLength = MaxDescriptionLength;

    public const int MaxJsonDepth = 64;

    /// <summary>Largest document accepted, in characters (a 10,000-element data centre is far below).</summary>
    public const int MaxDocumentCharacters = 64 * 1024 * 1024;
}
