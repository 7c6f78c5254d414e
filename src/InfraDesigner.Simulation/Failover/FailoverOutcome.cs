using InfraDesigner.Simulation.Placement;

namespace InfraDesigner.Simulation.Failover;

/// <summary>The raw result of one scenario: the state afterwards and the affected VMs by index.</summary>
internal sealed record FailoverOutcome(PlacementState After, int[] Victims, List<int> Restarted, List<int> Lost)
{
    public string LostReason(int v) =>
        After.Cluster.Vms[v].RestartPriority == RestartPriority.Disabled
            ? "restart priority is Disabled"
            : "no surviving host can take it";
}
