namespace InfraDesigner.Domain.Validation;

public enum Severity
{
    /// <summary>Shown to the user; the topology can still be simulated.</summary>
    Warning,

    /// <summary>Blocks simulation and import.</summary>
    Error,
}
