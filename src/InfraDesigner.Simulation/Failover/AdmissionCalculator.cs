using InfraDesigner.Simulation.Placement;

namespace InfraDesigner.Simulation.Failover;

/// <summary>
/// Checks an HA admission control policy against the cluster as it runs now, as vSphere does: the percentage
/// policies compare what the powered-on VMs need with what is left once the reserved share is kept; the slot policy
/// counts slots of the largest need; the dedicated policy keeps its failover hosts empty.
/// </summary>
internal static class AdmissionCalculator
{
    public static AdmissionAnswer Evaluate(PlacementState state, AdmissionControl policy)
    {
        var cluster = state.Cluster;
        var demand = AdmissionDemand.For(cluster, policy);
        var hosts = Enumerable.Range(0, cluster.HostCount).Where(state.IsAvailable).ToArray();
        var running = Enumerable.Range(0, cluster.VmCount).Where(v => state.HostOf[v] >= 0 && state.IsAvailable(state.HostOf[v])).ToArray();
        var protectedVms = running.Where(v => cluster.Vms[v].RestartPriority != RestartPriority.Disabled).ToArray();
        double totalCpu = hosts.Sum(h => demand.HostCpu[h]), totalRam = hosts.Sum(h => demand.HostRam[h]);
        var cpuUsed = Percent(running.Sum(v => demand.VmCpu[v]), totalCpu);
        var ramUsed = Percent(running.Sum(v => demand.VmRam[v]), totalRam);
        var n = Math.Min(policy.HostFailuresToTolerate, hosts.Length);
        var basis = demand.Describe(policy);

        switch (policy.Kind)
        {
            case AdmissionPolicyKind.SlotPolicy:
                return Slots(demand, hosts, protectedVms, policy, n, cpuUsed, ramUsed, basis);
            case AdmissionPolicyKind.ClusterResourcePercentage:
                return Percentages(policy, policy.CpuPercent, policy.RamPercent, cpuUsed, ramUsed,
                    $"{policy.CpuPercent:0.#} % CPU and {policy.RamPercent:0.#} % RAM kept free", basis);
            case AdmissionPolicyKind.DedicatedFailoverHosts:
                return Dedicated(state, demand, policy, hosts, running, cpuUsed, ramUsed, basis);
            default:
                double Largest(double[] capacity) => hosts.Select(h => capacity[h]).OrderDescending().Take(n).Sum();
                return Percentages(policy, Percent(Largest(demand.HostCpu), totalCpu), Percent(Largest(demand.HostRam), totalRam),
                    cpuUsed, ramUsed, $"the capacity of the {n} largest host(s) kept free", basis);
        }
    }

    private static double Percent(double part, double whole) => whole > 0 ? part / whole * 100 : 100;

    private static AdmissionAnswer Percentages(
        AdmissionControl policy, double cpuReserved, double ramReserved, double cpuUsed, double ramUsed, string what, string basis)
    {
        var admitted = cpuUsed <= 100 - cpuReserved + 1e-9 && ramUsed <= 100 - ramReserved + 1e-9;
        var text = $"{what}: CPU {cpuUsed:0.#} % used of {100 - cpuReserved:0.#} % allowed, RAM {ramUsed:0.#} % used of {100 - ramReserved:0.#} % allowed, {basis}";
        return new AdmissionAnswer(policy.Kind, admitted, cpuReserved, ramReserved, cpuUsed, ramUsed, null,
            (admitted ? "Admitted: " : "Not admitted: ") + text + ".", policy.Basis);
    }

    private static AdmissionAnswer Slots(
        AdmissionDemand demand, int[] hosts, int[] protectedVms, AdmissionControl policy, int n, double cpuUsed, double ramUsed, string basis)
    {
        var provisioned = policy.Basis == AdmissionBasis.Provisioned;
        var fallbackCpu = provisioned ? 1 : policy.MinCpuMhz;
        var slotCpu = (provisioned ? policy.SlotVcpu : null) ?? (protectedVms.Length == 0 ? fallbackCpu : protectedVms.Max(v => demand.VmCpu[v]));
        var slotRam = (provisioned ? policy.SlotRamGb : null) ?? (protectedVms.Length == 0 ? (provisioned ? 1 : 0) : protectedVms.Max(v => demand.VmRam[v]));
        // A slot of no memory would give every host unbounded slots; 1 MB is the smallest memory vSphere sizes.
        slotRam = Math.Max(slotRam, 1.0 / 1024);
        var perHost = hosts.Select(h => (int)Math.Min(
                Math.Floor(demand.HostCpu[h] / Math.Max(slotCpu, 1e-9)),
                Math.Floor(demand.HostRam[h] / slotRam)))
            .OrderDescending().ToArray();
        var total = perHost.Sum();
        var kept = perHost.Take(n).Sum();
        var summary = new SlotSummary(provisioned ? slotCpu : null, slotRam, total, kept, protectedVms.Length, provisioned ? null : slotCpu);
        var admitted = summary.FreeSlots >= 0;
        var text = $"slot of {slotCpu:0.##} {demand.CpuUnit}/{slotRam:0.###} GB: {total} slots, {kept} kept for {n} host failure(s), " +
                   $"{protectedVms.Length} used, {summary.FreeSlots} free, {basis}";
        var reserved = total > 0 ? 100.0 * kept / total : 100;
        return new AdmissionAnswer(policy.Kind, admitted, reserved, reserved, cpuUsed, ramUsed, summary,
            (admitted ? "Admitted: " : "Not admitted: ") + text + ".", policy.Basis);
    }

    private static AdmissionAnswer Dedicated(
        PlacementState state, AdmissionDemand demand, AdmissionControl policy, int[] hosts, int[] running, double cpuUsed, double ramUsed, string basis)
    {
        var cluster = state.Cluster;
        var failover = (policy.FailoverHosts ?? []).Select(cluster.ResolveHost).ToHashSet();
        var occupied = running.Where(v => failover.Contains(state.HostOf[v])).Select(v => cluster.Vms[v].Name).ToList();
        var cpuReserved = Percent(hosts.Where(failover.Contains).Sum(h => demand.HostCpu[h]), hosts.Sum(h => demand.HostCpu[h]));
        var ramReserved = Percent(hosts.Where(failover.Contains).Sum(h => demand.HostRam[h]), hosts.Sum(h => demand.HostRam[h]));
        var names = failover.Count == 0 ? "no failover host named" : string.Join(", ", failover.Order().Select(h => cluster.Hosts[h].Name));
        var text = occupied.Count == 0
            ? $"dedicated failover host(s) {names} stand empty ({cpuReserved:0.#} % of CPU, {ramReserved:0.#} % of RAM), {basis}"
            : $"dedicated failover host(s) {names} must stand empty but run {string.Join(", ", occupied)}";
        var admitted = occupied.Count == 0 && failover.Count > 0;
        return new AdmissionAnswer(policy.Kind, admitted, cpuReserved, ramReserved, cpuUsed, ramUsed, null,
            (admitted ? "Admitted: " : "Not admitted: ") + text + ".", policy.Basis);
    }
}
