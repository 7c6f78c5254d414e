namespace InfraDesigner.Domain.Validation;

/// <summary>
/// The bounds of values the model accepts, written once: document sizes, and the port bounds that validators, engines,
/// messages and form fields read here.
/// </summary>
public static class Limits
{
    public const int MaxNameLength = 200;

    public const int MaxDescriptionLength = 4000;

    /// <summary>No text field of a document may be longer than this.</summary>
    public const int MaxTextLength = MaxDescriptionLength;

    public const int MaxJsonDepth = 64;

    /// <summary>Largest document accepted, in characters (a 10,000-element data centre is far below).</summary>
    public const int MaxDocumentCharacters = 64 * 1024 * 1024;

    public const int MinPort = 1;

    public const int MaxPort = 65535;

    /// <summary>"1-65535", as messages write the port bounds.</summary>
    public static string Ports { get; } = $"{MinPort}-{MaxPort}";

    public static bool IsPort(int port) => port is >= MinPort and <= MaxPort;
}
