namespace InfraDesigner.Simulation.Placement;

/// <summary>
/// A <see cref="ClusterState"/> flattened into arrays once, so the hot loops of every engine
/// index numbers instead of looking names up. Capacities already include the overcommit
/// ratios, the reserved headroom and the hypervisor's host reserve; a VM's RAM demand includes its
/// memory overhead, and the disk of a VM on a shared datastore is charged to the datastore (its local
/// disk demand is 0).
/// </summary>
internal sealed class CompiledCluster
{
    public const int D = 3;

    public CompiledCluster(ClusterState state, IReadOnlyList<VmSpec>? extraVms = null)
    {
        State = state;
        Hosts = [.. state.Hosts];
        Vms = extraVms is null ? [.. state.Vms] : [.. state.Vms, .. extraVms];
        HostIndex = IndexNames(Hosts.Select(h => h.Name), "host");
        VmIndex = IndexNames(Vms.Select(v => v.Name), "VM");

        var policy = state.EffectivePolicy;
        if (policy.CpuRatio <= 0 || policy.RamRatio <= 0)
        {
            throw new ArgumentException("Overcommit ratios must be positive.", nameof(state));
        }
        var keep = 1 - policy.ReservedHeadroomPercent / 100;
        Overhead = state.EffectiveOverhead;
        if (Overhead.HostReserveGb < 0)
        {
            throw new ArgumentException("The hypervisor's host reserve cannot be negative.", nameof(state));
        }
        Capacity = new double[Hosts.Length * D];
        Maintenance = new bool[Hosts.Length];
        for (var h = 0; h < Hosts.Length; h++)
        {
            Capacity[h * D] = Hosts[h].Cores * policy.CpuRatio * keep;
            Capacity[h * D + 1] = Math.Max(0, Hosts[h].RamGb - Overhead.HostReserveGb) * policy.RamRatio * keep;
            Capacity[h * D + 2] = Hosts[h].DiskGb * keep;
            Maintenance[h] = Hosts[h].Maintenance;
        }
        InverseCapacity = [.. Capacity.Select(c => c > 0 ? 1 / c : 0)];

        if (Hosts.FirstOrDefault(h => h.Cores < 0 || h.RamGb < 0 || h.DiskGb < 0) is { } badHost)
        {
            throw new ArgumentException($"Host '{badHost.Name}' has a negative size.", nameof(state));
        }
        if (Vms.FirstOrDefault(v => v.Vcpu < 0 || v.RamGb < 0 || v.DiskGb < 0) is { } badVm)
        {
            throw new ArgumentException($"VM '{badVm.Name}' has a negative size.", nameof(state));
        }
        Datastores = new CompiledDatastores(state.EffectiveDatastores, HostIndex, Vms);
        Demand = new double[Vms.Length * D];
        InitialHost = new int[Vms.Length];
        for (var v = 0; v < Vms.Length; v++)
        {
            Demand[v * D] = Vms[v].Vcpu;
            Demand[v * D + 1] = Vms[v].RamGb + Overhead.VmGb(Vms[v].Vcpu, Vms[v].RamGb);
            Demand[v * D + 2] = Datastores.Of[v] >= 0 ? 0 : Vms[v].DiskGb;
            InitialHost[v] = Vms[v].Host is { } host ? ResolveHost(host) : -1;
        }

        var rules = state.EffectiveRules;
        GroupRules = [.. rules.VmGroups];
        GroupMembers = [.. GroupRules.Select(g => g.Vms.Select(ResolveVm).ToArray())];
        HostRules = [.. rules.VmHostRules];
        HostRuleHosts = new bool[HostRules.Length][];
        var groupsOfVm = Enumerable.Range(0, Vms.Length).Select(_ => new List<int>()).ToArray();
        var hostRulesOfVm = Enumerable.Range(0, Vms.Length).Select(_ => new List<int>()).ToArray();
        for (var g = 0; g < GroupMembers.Length; g++)
        {
            foreach (var v in GroupMembers[g])
            {
                groupsOfVm[v].Add(g);
            }
        }
        for (var r = 0; r < HostRules.Length; r++)
        {
            HostRuleHosts[r] = new bool[Hosts.Length];
            foreach (var host in HostRules[r].Hosts)
            {
                HostRuleHosts[r][ResolveHost(host)] = true;
            }
            foreach (var vm in HostRules[r].Vms)
            {
                hostRulesOfVm[ResolveVm(vm)].Add(r);
            }
        }
        GroupsOfVm = [.. groupsOfVm.Select(l => l.ToArray())];
        HostRulesOfVm = [.. hostRulesOfVm.Select(l => l.ToArray())];
        HasRules = [.. Enumerable.Range(0, Vms.Length).Select(v => GroupsOfVm[v].Length + HostRulesOfVm[v].Length > 0)];
        HasSoftRules = [.. HostRulesOfVm.Select(rs => rs.Any(r => !HostRules[r].IsMandatory))];
    }

    public ClusterState State { get; }
    public HostSpec[] Hosts { get; }
    public VmSpec[] Vms { get; }
    public Dictionary<string, int> HostIndex { get; }
    public Dictionary<string, int> VmIndex { get; }
    public double[] Capacity { get; }
    public double[] InverseCapacity { get; }
    public bool[] Maintenance { get; }
    public double[] Demand { get; }
    public MemoryOverhead Overhead { get; }
    public CompiledDatastores Datastores { get; }
    public int[] InitialHost { get; }
    public VmGroupRule[] GroupRules { get; }
    public int[][] GroupMembers { get; }
    public VmHostRule[] HostRules { get; }
    public bool[][] HostRuleHosts { get; }
    public int[][] GroupsOfVm { get; }
    public int[][] HostRulesOfVm { get; }
    public bool[] HasRules { get; }
    public bool[] HasSoftRules { get; }

    public int HostCount => Hosts.Length;
    public int VmCount => Vms.Length;

    public int ResolveHost(string name) =>
        HostIndex.TryGetValue(name, out var h) ? h : throw new ArgumentException($"Unknown host '{name}'.", nameof(name));

    public int ResolveVm(string name) =>
        VmIndex.TryGetValue(name, out var v) ? v : throw new ArgumentException($"Unknown VM '{name}'.", nameof(name));

    private static Dictionary<string, int> IndexNames(IEnumerable<string> names, string kind)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (!index.TryAdd(name, index.Count))
            {
                throw new ArgumentException($"Duplicate {kind} name '{name}'.", nameof(names));
            }
        }
        return index;
    }
}
