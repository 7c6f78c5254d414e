namespace InfraDesigner.Simulation.Placement;

/// <summary>
/// Place <paramref name="NewVms"/> and every VM of the cluster that has no host yet
/// (or, with <paramref name="ReplaceExisting"/>, every VM from scratch).
/// <paramref name="Seed"/> fixes the host tie-break order; null keeps the hosts' listed order.
/// <paramref name="TimeBudget"/> bounds the Optimal strategy's solver (null: <see cref="DefaultTimeBudget"/>);
/// <paramref name="Objective"/> is what it minimises after placing as many VMs as it can (the Optimal strategy only).
/// </summary>
public sealed record PlacementQuestion(
    IReadOnlyList<VmSpec> NewVms,
    PlacementStrategy Strategy = PlacementStrategy.BestFit,
    int? Seed = null,
    bool ReplaceExisting = false,
    VmOrder Order = VmOrder.LargestFirst,
    TimeSpan? TimeBudget = null,
    PlacementObjective Objective = PlacementObjective.FewestHosts)
{
    public static TimeSpan DefaultTimeBudget { get; } = TimeSpan.FromSeconds(2);

    public TimeSpan EffectiveTimeBudget => TimeBudget ?? DefaultTimeBudget;
}
