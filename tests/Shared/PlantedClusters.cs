using InfraDesigner.Simulation.Placement;

namespace InfraDesigner.Testing;

/// <summary>
/// Seeded clusters built around a hidden placement, so a full placement is known to exist: the first
/// <c>usedHosts</c> hosts (32 cores, 256 GB, 2,000 GB disk each) are cut into <c>vmsPerHost</c> VMs that together
/// take <c>fill</c> of every resource, the other hosts stay empty; the VMs are shuffled, and every rule is one the
/// hidden placement keeps: affinity among VMs of one host, anti-affinity among VMs of different hosts, must-run-on
/// sets holding the VMs' hosts, must-not-run-on sets avoiding them, and a should-run-on rule.
/// </summary>
public static class PlantedClusters
{
    private const int Cores = 32;
    private const int RamGb = 256;
    private const int DiskGb = 2000;

    public static (ClusterState State, IReadOnlyList<VmSpec> NewVms) Build(int seed, int hosts, int usedHosts, int vmsPerHost, double fill)
    {
        var random = new Random(seed);
        var hostSpecs = Enumerable.Range(0, hosts).Select(h => new HostSpec($"host{h}", Cores, 2.4, RamGb, DiskGb)).ToList();
        var planted = new List<(int Host, int Vcpu, int RamGb, int DiskGb)>();
        for (var h = 0; h < usedHosts; h++)
        {
            var cpu = Split(random, (int)(Cores * fill), vmsPerHost);
            var ram = Split(random, (int)(RamGb * fill), vmsPerHost);
            var disk = Split(random, (int)(DiskGb * fill), vmsPerHost);
            planted.AddRange(Enumerable.Range(0, vmsPerHost).Select(k => (h, cpu[k], ram[k], disk[k])));
        }
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(planted));
        var vms = planted.Select((p, i) => new VmSpec($"vm{i}", p.Vcpu, p.RamGb, p.DiskGb)).ToList();
        int[] OnHost(int h) => [.. Enumerable.Range(0, planted.Count).Where(i => planted[i].Host == h)];
        string Name(int i) => vms[i].Name;
        string HostName(int h) => hostSpecs[h].Name;

        var groups = new List<VmGroupRule>();
        var hostRules = new List<VmHostRule>();
        for (var g = 0; g < Math.Max(1, usedHosts / 5); g++)
        {
            var together = OnHost(random.Next(usedHosts)).Take(random.Next(2, 4));
            groups.Add(new VmGroupRule($"together{g}", VmGroupKind.Affinity, [.. together.Select(Name)]));
        }
        for (var g = 0; g < Math.Max(1, usedHosts / 3); g++)
        {
            var apart = Enumerable.Range(0, usedHosts).OrderBy(_ => random.Next()).Take(Math.Min(usedHosts, 4))
                .Select(h => OnHost(h)[random.Next(vmsPerHost)]);
            groups.Add(new VmGroupRule($"apart{g}", VmGroupKind.AntiAffinity, [.. apart.Select(Name)]));
        }
        for (var r = 0; r < Math.Max(1, usedHosts / 3); r++)
        {
            var chosen = Enumerable.Range(0, 2).Select(_ => random.Next(planted.Count)).Distinct().ToArray();
            var allowed = chosen.Select(i => planted[i].Host).Append(random.Next(hosts)).Distinct();
            hostRules.Add(new VmHostRule($"pinned{r}", VmHostRuleKind.MustRunOn, [.. chosen.Select(Name)], [.. allowed.Select(HostName)]));
        }
        for (var r = 0; r < Math.Max(1, usedHosts / 4); r++)
        {
            var h = random.Next(usedHosts);
            var banned = Enumerable.Range(0, hosts).Where(x => x != h).OrderBy(_ => random.Next()).Take(3);
            hostRules.Add(new VmHostRule($"banned{r}", VmHostRuleKind.MustNotRunOn, [.. OnHost(h).Take(2).Select(Name)], [.. banned.Select(HostName)]));
        }
        var preferred = random.Next(usedHosts);
        hostRules.Add(new VmHostRule("preferred", VmHostRuleKind.ShouldRunOn, [.. OnHost(preferred).Take(2).Select(Name)], [HostName(preferred)]));
        return (new ClusterState(hostSpecs, [], Rules: new PlacementRules(groups, hostRules)), vms);
    }

    /// <summary><paramref name="total"/> cut into <paramref name="parts"/> positive whole numbers at random.</summary>
    private static int[] Split(Random random, int total, int parts)
    {
        var cuts = new SortedSet<int> { 0, total };
        while (cuts.Count < parts + 1)
        {
            cuts.Add(random.Next(1, total));
        }
        var points = cuts.ToArray();
        return [.. Enumerable.Range(0, parts).Select(k => points[k + 1] - points[k])];
    }
}
