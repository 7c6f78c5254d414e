using InfraDesigner.Simulation.Placement;

namespace InfraDesigner.Simulation.Failover;

/// <summary>Checks an HA admission control policy against the cluster as it runs now.</summary>
internal static class AdmissionCalculator
{
    public static AdmissionAnswer Evaluate(PlacementState state, AdmissionControl policy)
    {
        var cluster = state.Cluster;
        var hosts = Enumerable.Range(0, cluster.HostCount).Where(state.IsAvailable).ToArray();
        var protectedVms = Enumerable.Range(0, cluster.VmCount)
            .Where(v => state.HostOf[v] >= 0 && state.IsAvailable(state.HostOf[v]) && cluster.Vms[v].RestartPriority != RestartPriority.Disabled)
            .ToArray();
        double Total(Resource r) => hosts.Sum(h => cluster.Capacity[h * CompiledCluster.D + (int)r]);
        double Used(Resource r) => hosts.Sum(h => state.Used[h * CompiledCluster.D + (int)r]);
        double Percent(double part, double whole) => whole > 0 ? part / whole * 100 : 100;
        var cpuUsed = Percent(Used(Resource.Cpu), Total(Resource.Cpu));
        var ramUsed = Percent(Used(Resource.Ram), Total(Resource.Ram));
        var n = Math.Min(policy.HostFailuresToTolerate, hosts.Length);

        switch (policy.Kind)
        {
            case AdmissionPolicyKind.SlotPolicy:
                return Slots(cluster, hosts, protectedVms, policy, n, cpuUsed, ramUsed);
            case AdmissionPolicyKind.ClusterResourcePercentage:
                return Percentages(policy.Kind, policy.CpuPercent, policy.RamPercent, cpuUsed, ramUsed,
                    $"{policy.CpuPercent:0.#} % CPU and {policy.RamPercent:0.#} % RAM kept free");
            default:
                double Largest(Resource r) => hosts.Select(h => cluster.Capacity[h * CompiledCluster.D + (int)r])
                    .OrderDescending().Take(n).Sum();
                return Percentages(policy.Kind, Percent(Largest(Resource.Cpu), Total(Resource.Cpu)),
                    Percent(Largest(Resource.Ram), Total(Resource.Ram)), cpuUsed, ramUsed,
                    $"the capacity of the {n} largest host(s) kept free");
        }
    }

    private static AdmissionAnswer Percentages(
        AdmissionPolicyKind kind, double cpuReserved, double ramReserved, double cpuUsed, double ramUsed, string what)
    {
        var admitted = cpuUsed <= 100 - cpuReserved + 1e-9 && ramUsed <= 100 - ramReserved + 1e-9;
        var text = $"{what}: CPU {cpuUsed:0.#} % used of {100 - cpuReserved:0.#} % allowed, RAM {ramUsed:0.#} % used of {100 - ramReserved:0.#} % allowed";
        return new AdmissionAnswer(kind, admitted, cpuReserved, ramReserved, cpuUsed, ramUsed, null,
            (admitted ? "Admitted: " : "Not admitted: ") + text + ".");
    }

    private static AdmissionAnswer Slots(
        CompiledCluster cluster, int[] hosts, int[] protectedVms, AdmissionControl policy, int n, double cpuUsed, double ramUsed)
    {
        var slotCpu = policy.SlotVcpu ?? (protectedVms.Length == 0 ? 1 : protectedVms.Max(v => cluster.Vms[v].Vcpu));
        var slotRam = policy.SlotRamGb ?? (protectedVms.Length == 0 ? 1 : protectedVms.Max(v => cluster.Vms[v].RamGb));
        var perHost = hosts.Select(h => (int)Math.Min(
                Math.Floor(cluster.Capacity[h * CompiledCluster.D] / Math.Max(slotCpu, 1e-9)),
                Math.Floor(cluster.Capacity[h * CompiledCluster.D + 1] / Math.Max(slotRam, 1e-9))))
            .OrderDescending().ToArray();
        var total = perHost.Sum();
        var kept = perHost.Take(n).Sum();
        var summary = new SlotSummary(slotCpu, slotRam, total, kept, protectedVms.Length);
        var admitted = summary.FreeSlots >= 0;
        var text = $"slot of {slotCpu} vCPU/{slotRam:0.##} GB: {total} slots, {kept} kept for {n} host failure(s), {protectedVms.Length} used, {summary.FreeSlots} free";
        var reservedCpu = total > 0 ? 100.0 * kept / total : 100;
        return new AdmissionAnswer(policy.Kind, admitted, reservedCpu, reservedCpu, cpuUsed, ramUsed, summary,
            (admitted ? "Admitted: " : "Not admitted: ") + text + ".");
    }
}
