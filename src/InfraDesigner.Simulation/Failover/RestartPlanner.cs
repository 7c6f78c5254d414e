using System.Text.Json.Serialization;

namespace InfraDesigner.Simulation.Failover;

/// <summary>How the VMs of failed hosts are assigned to the survivors.</summary>
public enum RestartPlanner
{
    /// <summary>What vSphere HA does: one VM at a time, highest restart priority (then largest) first, each to the strategy's host. "vsphere" in JSON.</summary>
    [JsonStringEnumMemberName("vsphere")]
    VSphereOrder,

    /// <summary>
    /// CP-SAT over every assignment at once: as many VMs restarted as possible weighted by restart priority, each
    /// level outweighing all lower ones together (so one more high VM beats any number of medium ones), with capacity and rules as constraints.
    /// </summary>
    Optimal,
}
