namespace InfraDesigner.Simulation.Balancing;

/// <summary>
/// A host's load: the vCPU and RAM its VMs actually use (provisioned size × utilisation) over its
/// cores and physical RAM; <see cref="Load"/> is the larger of the two, the one DRS balances.
/// </summary>
public sealed record HostLoad(string Host, bool Available, double CpuLoad, double RamLoad)
{
    public double Load => Math.Max(CpuLoad, RamLoad);
}
