namespace InfraDesigner.Simulation.Balancing;

/// <summary>
/// What each DRS migration threshold level means here: the imbalance (standard deviation of host
/// load) it tolerates, and the least improvement a balancing move must bring.
/// </summary>
public sealed record MigrationThreshold(int Level, double Tolerance, double MinimumGain)
{
    public static MigrationThreshold ForLevel(int level) => level switch
    {
        1 => new(1, double.PositiveInfinity, double.PositiveInfinity),
        2 => new(2, 0.20, 0.02),
        3 => new(3, 0.10, 0.005),
        4 => new(4, 0.05, 0.002),
        5 => new(5, 0.02, 0.0005),
        _ => throw new ArgumentOutOfRangeException(nameof(level), "The migration threshold is a level from 1 to 5."),
    };
}
