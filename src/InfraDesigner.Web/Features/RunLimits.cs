namespace InfraDesigner.Web.Features;

/// <summary>
/// How big a question a simulation or analysis may be and how long it may run (configuration section "Limits").
/// A question over a bound is refused before it runs, naming the field and the bound; a run over the time budget
/// is cancelled and refused naming the budget.
/// </summary>
public sealed class RunLimits
{
    public const string Section = "Limits";

    /// <summary>Server-side time budget of one simulation run or segmentation matrix, in seconds.</summary>
    public double RunSeconds { get; set; } = 10;

    /// <summary>Load balancer: arrival rate × duration, the requests one run simulates.</summary>
    public long MaxSimulatedRequests { get; set; } = 5_000_000;

    /// <summary>Load balancer: requests per second.</summary>
    public double MaxArrivalRatePerSecond { get; set; } = 100_000;

    /// <summary>Load balancer: simulated seconds.</summary>
    public double MaxDurationSeconds { get; set; } = 3_600;

    /// <summary>Placement: new VMs in one question.</summary>
    public int MaxNewVms { get; set; } = 5_000;

    /// <summary>Capacity: VMs to place after counting what fits.</summary>
    public int MaxRequestedVms { get; set; } = 1_000;

    /// <summary>Balancing: migrations one pass may recommend.</summary>
    public int MaxMoves { get; set; } = 100_000;

    /// <summary>Live migration: pre-copy rounds.</summary>
    public int MaxMigrationRounds { get; set; } = 1_000;

    /// <summary>Failover sweep: hosts failing together (every pair of hosts is already n²/2 scenarios).</summary>
    public int MaxFailedHostsInSweep { get; set; } = 2;

    /// <summary>Segmentation matrix: ports in one matrix.</summary>
    public int MaxMatrixPorts { get; set; } = 50;

    /// <summary>Segmentation matrix: elements of an element × element matrix.</summary>
    public int MaxMatrixElements { get; set; } = 200;

    public TimeSpan RunBudget => TimeSpan.FromSeconds(RunSeconds);
}
