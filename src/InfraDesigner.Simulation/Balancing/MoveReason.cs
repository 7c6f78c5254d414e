namespace InfraDesigner.Simulation.Balancing;

public enum MoveReason
{
    /// <summary>The VM's host is entering maintenance mode.</summary>
    Maintenance,

    /// <summary>The VM breaks a mandatory rule where it runs.</summary>
    RuleViolation,

    /// <summary>Moving it lowers the imbalance.</summary>
    Balance,
}
