namespace InfraDesigner.Simulation.Balancing;

/// <summary>
/// What a DRS migration threshold level tolerates, as classic (standard-deviation) DRS decides it. VMware KB 1007485
/// rates a balancing recommendation at priority 6 − ⌈σ / 0.1 · √N⌉ (σ the current host load standard deviation, N the
/// hosts), and level L applies recommendations of priority L and higher (numerically ≤ L). So level L acts while
/// σ &gt; 0.1 · (5 − L) / √N: the tolerance shrinks as the cluster grows. Level 1 makes only the moves rules and
/// maintenance mode force (priority 1); level 5 balances any imbalance. A move must lower the imbalance; a fixed minimum
/// gain per move would stop all balancing in large clusters, where one VM moves the standard deviation very little.
/// </summary>
public sealed record MigrationThreshold(int Level, double Tolerance, int Hosts)
{
    private const double Step = 0.1;

    public static MigrationThreshold ForLevel(int level, int hosts)
    {
        if (level is < 1 or > 5)
        {
            throw new ArgumentOutOfRangeException(nameof(level), "The migration threshold is a level from 1 to 5.");
        }
        var n = Math.Max(hosts, 1);
        return new(level, level == 1 ? double.PositiveInfinity : Step * (5 - level) / Math.Sqrt(n), n);
    }

    /// <summary>KB 1007485's priority of a balancing recommendation made at imbalance <paramref name="stdDev"/>: 2 (high) to 5 (slight).</summary>
    public static int BalancePriority(double stdDev, int hosts) =>
        Math.Clamp(6 - (int)Math.Ceiling(Math.Round(stdDev / Step * Math.Sqrt(Math.Max(hosts, 1)), 9)), 2, 5);

    public string Describe() => Level == 1
        ? "level 1 makes only the moves rules and maintenance mode force"
        : $"level {Level} balances while the imbalance exceeds 0.1 · (5 − {Level}) / √{Hosts} = {Tolerance:0.####} (classic DRS, VMware KB 1007485)";
}
