namespace InfraDesigner.Simulation.Placement;

/// <summary>
/// Says "fits nowhere" only when it is proven: no host could take the VM before any other new VM was placed, or the
/// exact solver proved that no placement takes more VMs. Otherwise the verdict says it is not proven.
/// </summary>
internal static class UnplacedVerdict
{
    public static UnplacedVm Judge(
        UnplacedVm unplaced, PlacementState start, int v, int total, int placed, PlacementStrategy strategy, OptimalSearch? search)
    {
        if (Enumerable.Range(0, start.Cluster.HostCount).All(h => start.Check(v, h) != PlacementBlock.None))
        {
            return unplaced with { Proven = true, Verdict = "fits nowhere (proven: no host can take it even before the other new VMs are placed)" };
        }
        if (search?.Outcome == SolverOutcome.ProvenInfeasible)
        {
            return unplaced with { Proven = true, Verdict = $"left out (proven: at most {placed} of the {total} VMs fit together)" };
        }
        var why = search is null
            ? $"{strategy} found no host for it, a placement with it may exist"
            : "the solver did not finish within its budget";
        return unplaced with { Verdict = $"not placed (not proven that it fits nowhere: {why})" };
    }
}
