using System.Globalization;

namespace InfraDesigner.Simulation.Placement;

/// <summary>The model every placement answer rests on, in words.</summary>
internal static class PlacementAssumptions
{
    /// <summary>What a VM reserves and what a host offers: shared by placement and capacity answers.</summary>
    public static string Reservation(ClusterState state)
    {
        var policy = state.EffectivePolicy;
        return $"Provisioned sizes (vCPU, GB RAM, GB disk; GB are 2^30 bytes) are reserved in full; vCPU up to {policy.CpuRatio:0.##} per core, " +
            $"RAM up to {policy.RamRatio:0.##} × physical, {policy.ReservedHeadroomPercent:0.##} % of every host kept free; " +
            $"{state.EffectiveOverhead.Describe()}; disks of VMs on a shared datastore are charged to the datastore, not the host";
    }

    public static string For(ClusterState state, PlacementQuestion question)
    {
        var placed = question.ReplaceExisting ? "every VM placed from scratch" : "VMs that already have a host stay there";
        var rules = "must/must-not rules, affinity and anti-affinity are hard filters";
        var how = question.Strategy == PlacementStrategy.Optimal
            ? $"{rules}, should rules the last objective; {Solver(question)}"
            : $"{rules}, should rules only score; {AssignmentReason.Describe(question.Strategy)}; VMs taken {(question.Order == VmOrder.LargestFirst ? "largest first" : "in the order given")}; " +
              "a VM left unplaced is \"proven\" only when no host could take it even before the other new VMs were placed";
        return $"{Reservation(state)}; {placed}; {how}.";
    }

    private static string Objective(PlacementObjective objective) => objective == PlacementObjective.Balanced
        ? "the busiest host's largest share of its vCPU, RAM or disk capacity (in steps of 0.1 %)"
        : "the hosts holding a VM";

    private static string Solver(PlacementQuestion question) =>
        $"CP-SAT (Google OR-Tools 9.15) maximises the VMs placed, then minimises {Objective(question.Objective)}, then the should rules broken, " +
        $"within {question.EffectiveTimeBudget.TotalSeconds.ToString("0.##", CultureInfo.InvariantCulture)} s on {Optimal.PlacementModel.Workers} search workers, starting from the best of the five heuristics; " +
        $"sizes are rounded to 1/{Optimal.PlacementModel.Scale} of their unit in the VM's disfavour (up for demand, down for capacity); " +
        $"instances with more than {Optimal.PlacementModel.MaxPairs:N0} VM-host pairs are left to the heuristics";
}
