namespace InfraDesigner.Simulation.Placement;

/// <summary>
/// Every VM that was placed (with the reason), every VM that was not (with the reason per host and whether "fits
/// nowhere" is proven), the hosts afterwards, how many hold a VM, the model's assumptions in words, and for the
/// Optimal strategy what the solver proved.
/// </summary>
public sealed record PlacementAnswer(
    PlacementStrategy Strategy,
    IReadOnlyList<VmAssignment> Assignments,
    IReadOnlyList<UnplacedVm> Unplaced,
    IReadOnlyList<HostHeadroom> Hosts,
    int HostsUsed,
    string Assumptions,
    OptimalSearch? Search = null)
{
    public bool AllPlaced => Unplaced.Count == 0;

    public string? HostOf(string vm) => Assignments.FirstOrDefault(a => a.Vm == vm)?.Host;
}
