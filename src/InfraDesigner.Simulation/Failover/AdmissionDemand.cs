using InfraDesigner.Simulation.Placement;

namespace InfraDesigner.Simulation.Failover;

/// <summary>
/// What admission control counts, per VM and per host, on its basis: reservations in MHz and GB (vSphere's), or
/// the provisioned vCPU and GB against the capacity after overcommit.
/// </summary>
internal sealed class AdmissionDemand
{
    private AdmissionDemand(double[] vmCpu, double[] vmRam, double[] hostCpu, double[] hostRam, string cpuUnit)
    {
        (VmCpu, VmRam, HostCpu, HostRam, CpuUnit) = (vmCpu, vmRam, hostCpu, hostRam, cpuUnit);
    }

    public double[] VmCpu { get; }
    public double[] VmRam { get; }
    public double[] HostCpu { get; }
    public double[] HostRam { get; }
    public string CpuUnit { get; }

    public static AdmissionDemand For(CompiledCluster cluster, AdmissionControl policy)
    {
        const int D = CompiledCluster.D;
        var vms = Enumerable.Range(0, cluster.VmCount);
        var hosts = Enumerable.Range(0, cluster.HostCount);
        if (policy.Basis == AdmissionBasis.Provisioned)
        {
            return new([.. vms.Select(v => cluster.Demand[v * D])], [.. vms.Select(v => cluster.Demand[v * D + 1])],
                [.. hosts.Select(h => cluster.Capacity[h * D])], [.. hosts.Select(h => cluster.Capacity[h * D + 1])], "vCPU");
        }
        var minRamGb = policy.MinMemoryMb / 1024;
        return new(
            [.. cluster.Vms.Select(vm => Math.Max(vm.CpuReservationMhz, policy.MinCpuMhz))],
            [.. cluster.Vms.Select(vm => Math.Max(vm.MemoryReservationGb, minRamGb) + VmMemoryOverhead.Gigabytes(vm.Vcpu, vm.RamGb))],
            [.. cluster.Hosts.Select(h => h.Cores * h.CpuGhz * 1000)],
            [.. cluster.Hosts.Select(h => Math.Max(0, h.RamGb - cluster.Overhead.HostReserveGb))],
            "MHz");
    }

    public string Describe(AdmissionControl policy) => policy.Basis == AdmissionBasis.Provisioned
        ? "counting provisioned vCPU and RAM (the provisioned view)"
        : $"counting reservations: CPU in MHz ({policy.MinCpuMhz:0.#} MHz for a VM without one), memory reservation ({policy.MinMemoryMb:0.#} MB without one) plus each VM's overhead";
}
