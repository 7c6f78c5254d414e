using InfraDesigner.Simulation.Migration;

namespace InfraDesigner.Simulation.Balancing;

/// <summary>
/// A DRS pass. <paramref name="MigrationThreshold"/> 1 moves only what rules or maintenance force;
/// 2 (conservative) to 5 (aggressive) also balance, down to a tighter target each level.
/// <paramref name="MaintenanceHost"/> puts one host in maintenance mode, so all its VMs must leave.
/// The migration figures (bandwidth, dirty rate) price each move with the live migration model;
/// the concurrency limits shape the timeline. Units: the link in Mbit/s (10^6 bit/s), the dirty rate in MB/s
/// (10^6 bytes/s), VM memory in GiB. <paramref name="MaxConcurrentPerHost"/> null takes vSphere's limit for the
/// link speed (<see cref="VMotionLimits"/>); migrations running off one host at once share its link.
/// <paramref name="Planner"/> Optimal asks CP-SAT for the fewest migrations within <paramref name="TimeBudget"/>
/// (null: <see cref="Placement.PlacementQuestion.DefaultTimeBudget"/>); the default is DRS's greedy pass.
/// </summary>
public sealed record BalanceQuestion(
    int MigrationThreshold = 3,
    string? MaintenanceHost = null,
    int MaxMoves = 100,
    double MigrationLinkMbps = 10_000,
    double DirtyRateMBps = 50,
    int? MaxConcurrentPerHost = null,
    int MaxConcurrentPerDatastore = 128,
    BalancePlanner Planner = BalancePlanner.Greedy,
    TimeSpan? TimeBudget = null)
{
    public TimeSpan EffectiveTimeBudget => TimeBudget ?? Placement.PlacementQuestion.DefaultTimeBudget;

    public int ConcurrentPerHost => MaxConcurrentPerHost ?? VMotionLimits.PerHost(MigrationLinkMbps);

    /// <summary>The live migration of a VM of <paramref name="ramGib"/> while <paramref name="concurrent"/> migrations share the source's link.</summary>
    public MigrationQuestion Migration(double ramGib, int concurrent) => new(
        MigrationUnits.GibToMib(Math.Max(ramGib, 1e-3)), MigrationUnits.MBpsToMiBps(DirtyRateMBps),
        MigrationUnits.MbitpsToMiBps(MigrationLinkMbps), ConcurrentMigrations: concurrent);
}
