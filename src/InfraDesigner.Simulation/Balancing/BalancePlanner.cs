namespace InfraDesigner.Simulation.Balancing;

/// <summary>How the DRS pass chooses its balancing moves.</summary>
public enum BalancePlanner
{
    /// <summary>What DRS does: one move at a time, each the single one that lowers the imbalance most.</summary>
    Greedy,

    /// <summary>CP-SAT: the fewest migrations that bring every host's load within the target band (see <see cref="BalanceBand"/>), rules and capacity as constraints.</summary>
    Optimal,
}
