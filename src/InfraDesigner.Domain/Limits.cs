namespace InfraDesigner.Domain;

/// <summary>The bounds of values the model accepts, written once: validators, engines, messages and form fields read them here.</summary>
public static class Limits
{
    public const int MinPort = 1;
    public const int MaxPort = 65535;

    /// <summary>"1-65535", as messages write the port bounds.</summary>
    public static string Ports { get; } = $"{MinPort}-{MaxPort}";

    public static bool IsPort(int port) => port is >= MinPort and <= MaxPort;
}
