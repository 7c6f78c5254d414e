namespace InfraDesigner.Simulation.Placement;

/// <summary>Every VM that was placed (with the reason), every VM that was not (with the reason per host), and the hosts afterwards.</summary>
public sealed record PlacementAnswer(
    PlacementStrategy Strategy,
    IReadOnlyList<VmAssignment> Assignments,
    IReadOnlyList<UnplacedVm> Unplaced,
    IReadOnlyList<HostHeadroom> Hosts)
{
    public bool AllPlaced => Unplaced.Count == 0;

    public string? HostOf(string vm) => Assignments.FirstOrDefault(a => a.Vm == vm)?.Host;
}
