using InfraDesigner.Simulation.Placement;

namespace InfraDesigner.Benchmarks.Compute;

/// <summary>Seeded benchmark clusters: flavors like Nova's, so sizes repeat as they do in real clouds.</summary>
public static class ComputeClusters
{
    private static readonly (int Vcpu, double RamGb, double DiskGb)[] Flavors =
        [(1, 2, 20), (2, 4, 40), (2, 8, 40), (4, 8, 80), (4, 16, 80), (8, 16, 160), (8, 32, 160), (16, 64, 320)];

    public static List<HostSpec> Hosts(int count, int cores = 128, double ramGb = 1536) =>
        [.. Enumerable.Range(0, count).Select(i => new HostSpec($"host{i}", cores, 2.6, ramGb, 40_000, CpuModel: "Xeon"))];

    public static List<VmSpec> Vms(int count, int seed, Func<int, string?>? hostOf = null, Func<int, double>? cpuUse = null)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var f = Flavors[random.Next(Flavors.Length)];
            return new VmSpec($"vm{i}", f.Vcpu, f.RamGb, f.DiskGb, hostOf?.Invoke(i), cpuUse?.Invoke(i) ?? 0.5, 0.6,
                (RestartPriority)random.Next(1, 6), $"ds{i % 8}");
        })];
    }

    /// <summary>
    /// 96 hosts (192 cores, 4 TB RAM, CPU overcommit 4:1) × 10,000 VMs spread evenly by count: about
    /// 580 of 768 vCPU and 1.9 of 4 TB provisioned per host. The VMs on the first quarter of the hosts
    /// are busy (25 % of their vCPU, a host load of about 0.75) and the rest quiet (8 %, about 0.25),
    /// so DRS has work to do and two failed hosts' VMs still fit on the others.
    /// </summary>
    public static ClusterState Datacenter()
    {
        const int hosts = 96;
        var vms = Vms(10_000, 96, i => $"host{i % hosts}", i => i % hosts < hosts / 4 ? 0.25 : 0.08);
        return new ClusterState(Hosts(hosts, cores: 192, ramGb: 4096), vms, new OvercommitPolicy(CpuRatio: 4));
    }
}
