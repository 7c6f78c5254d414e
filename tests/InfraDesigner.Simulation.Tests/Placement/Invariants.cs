using InfraDesigner.Simulation.Placement;

namespace InfraDesigner.Simulation.Tests.Placement;

/// <summary>What every engine must keep true, checked from names only (independently of the engines' arrays).</summary>
public static class Invariants
{
    /// <summary>No VM on a host in maintenance, every group rule and every mandatory VM-host rule kept.</summary>
    public static bool RulesHold(ClusterState state, IReadOnlyDictionary<string, string> hostOf)
    {
        if (hostOf.Values.Any(h => state.Hosts.Single(x => x.Name == h).Maintenance))
        {
            return false;
        }
        foreach (var group in state.EffectiveRules.VmGroups)
        {
            var hosts = group.Vms.Where(hostOf.ContainsKey).Select(v => hostOf[v]).ToList();
            var ok = group.Kind == VmGroupKind.Affinity ? hosts.Distinct().Count() <= 1 : hosts.Distinct().Count() == hosts.Count;
            if (!ok)
            {
                return false;
            }
        }
        return state.EffectiveRules.VmHostRules.All(rule => rule.Vms.Where(hostOf.ContainsKey).All(vm =>
        {
            var inSet = rule.Hosts.Contains(hostOf[vm]);
            return !((rule.Kind == VmHostRuleKind.MustRunOn && !inSet) || (rule.Kind == VmHostRuleKind.MustNotRunOn && inSet));
        }));
    }

    /// <summary>No host holds more than its capacity after overcommit and headroom.</summary>
    public static bool WithinCapacity(ClusterState state, IReadOnlyDictionary<string, string> hostOf, IEnumerable<VmSpec> vms)
    {
        var policy = state.EffectivePolicy;
        var keep = 1 - policy.ReservedHeadroomPercent / 100;
        var byName = vms.ToDictionary(v => v.Name);
        return state.Hosts.All(h =>
        {
            var here = hostOf.Where(p => p.Value == h.Name).Select(p => byName[p.Key]).ToList();
            return here.Sum(v => v.Vcpu) <= h.Cores * policy.CpuRatio * keep + 1e-6
                && here.Sum(v => v.RamGb) <= h.RamGb * policy.RamRatio * keep + 1e-6
                && here.Sum(v => v.DiskGb) <= h.DiskGb * keep + 1e-6;
        });
    }
}
