namespace InfraDesigner.Simulation.Balancing;

/// <summary>
/// What each DRS migration threshold level means here: the imbalance (standard deviation of host
/// load) it tolerates. Level 1 only makes the moves that rules and maintenance mode force. A
/// balancing move must lower the imbalance; a fixed minimum gain per move would stop all
/// balancing in large clusters, where one VM moves the standard deviation very little.
/// </summary>
public sealed record MigrationThreshold(int Level, double Tolerance)
{
    public static MigrationThreshold ForLevel(int level) => level switch
    {
        1 => new(1, double.PositiveInfinity),
        2 => new(2, 0.20),
        3 => new(3, 0.10),
        4 => new(4, 0.05),
        5 => new(5, 0.02),
        _ => throw new ArgumentOutOfRangeException(nameof(level), "The migration threshold is a level from 1 to 5."),
    };
}
