using InfraDesigner.Domain.Compute;
using InfraDesigner.Domain.Samples;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Web.Tests.Support;

/// <summary>
/// The cluster-capacity sample (host1 and host2, 20 cores / 128 GB each) resized into the engine tests' worked cases
/// where the Optimal planners answer otherwise than the default ones.
/// </summary>
public static class PlannerCases
{
    /// <summary>
    /// OptimalBalancerTests' lopsided cluster at level 4: host1 runs 1, 3, 10 and 1 vCPU (load 0.75), host2 4 (0.2).
    /// Greedy needs three migrations; swapping the 10 (vm3) and the 4 (vm5) takes two.
    /// </summary>
    public static Topology Lopsided { get; } = Resized(("vm1", 1, "host1", RestartPriority.Medium), ("vm2", 3, "host1", RestartPriority.Medium),
        ("vm3", 10, "host1", RestartPriority.Medium), ("vm4", 1, "host1", RestartPriority.Medium), ("vm5", 4, "host2", RestartPriority.Medium));

    /// <summary>
    /// OptimalRestartsTests' stranding, on one survivor: with CPU overcommit 1, host2 has 9 vCPU free (vm4, vm5) when host1
    /// fails with High VMs of 6, 5 and 4 vCPU. vSphere's order (largest first) restarts only the 6 (vm1); the optimal
    /// assignment restarts the 5 and the 4 (vm2, vm3).
    /// </summary>
    public static Topology Stranding { get; } = Resized(("vm1", 6, "host1", RestartPriority.High), ("vm2", 5, "host1", RestartPriority.High),
        ("vm3", 4, "host1", RestartPriority.High), ("vm4", 10, "host2", RestartPriority.Medium), ("vm5", 1, "host2", RestartPriority.Medium));

    /// <summary>Each VM given <c>vcpu</c> vCPU and as many GB of RAM (RAM never binds), on its host; CPU not overcommitted.</summary>
    private static Topology Resized(params (string Vm, int Vcpu, string Host, RestartPriority Priority)[] vms)
    {
        var topology = SampleTopologies.Get("cluster-capacity").Topology;
        topology = topology.WithElement(topology.FindElement<Cluster>("cluster1")! with { CpuOvercommitRatio = 1 });
        foreach (var (name, vcpu, host, priority) in vms)
        {
            topology = topology.WithElement(topology.FindElement<VirtualMachine>(name)! with
            {
                VCpu = vcpu, RamGb = vcpu, HostName = host, RestartPriority = priority,
            });
        }
        return topology;
    }
}
