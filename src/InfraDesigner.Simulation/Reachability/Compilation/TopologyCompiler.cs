using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Domain.Validation;
using M = InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Compilation;

/// <summary>
/// Compiles a topology once into the forwarding model every reachability analyzer reads: each element a device,
/// each cable between enabled interfaces a link. A topology with validation errors is refused with its problems.
/// </summary>
public static class TopologyCompiler
{
    /// <exception cref="TopologyCompilationException">The validator found errors.</exception>
    public static NetworkSnapshot Compile(Topology topology)
    {
        ArgumentNullException.ThrowIfNull(topology);
        var problems = TopologyValidator.Validate(topology);
        if (problems.HasErrors())
            throw new TopologyCompilationException(problems);
        var addresses = new AddressBook(topology);
        var natRules = topology.NatRules.ToLookup(r => r.Device, StringComparer.Ordinal);
        var elements = topology.Elements.Select(e => ElementCompiler.Compile(e, natRules[e.Name].ToArray(), addresses)).ToArray();
        return NetworkSnapshot.Create(elements.Select(e => e.Device), Links(topology, elements));
    }

    /// <summary>
    /// The snapshot of <paramref name="after"/>, given <paramref name="before"/> compiled: when the edit changed only
    /// firewall rules (the common edit while designing segmentation) those policies are recompiled and the rest is
    /// shared, unvalidated (the editing session refuses an edit that adds errors); any other edit compiles
    /// <paramref name="after"/> afresh.
    /// </summary>
    public static NetworkSnapshot Recompile(Topology before, NetworkSnapshot compiled, Topology after)
    {
        if (ReferenceEquals(before, after)) return compiled;
        if (RulesOnlyChanges(before, after) is not { } firewalls) return Compile(after);
        return firewalls.Aggregate(compiled, WithFirewallRules);
    }

    /// <summary>The firewalls whose rules alone changed, or null when anything else changed.</summary>
    private static List<Firewall>? RulesOnlyChanges(Topology before, Topology after)
    {
        if (before.Elements.Count != after.Elements.Count || (before with { Elements = after.Elements }) != after) return null;
        var changed = new List<Firewall>();
        for (var i = 0; i < after.Elements.Count; i++)
        {
            var (was, now) = (before.Elements[i], after.Elements[i]);
            if (ReferenceEquals(was, now)) continue;
            if (was is not Firewall old || now is not Firewall firewall || (old with { Rules = firewall.Rules }) != firewall) return null;
            changed.Add(firewall);
        }
        return changed;
    }

    /// <summary>
    /// After an edit that changed only <paramref name="firewall"/>'s rules: the snapshot with its policy recompiled and
    /// everything else shared (what lets a diff after one rule edit retrace only the flows that cross it).
    /// </summary>
    public static NetworkSnapshot WithFirewallRules(NetworkSnapshot snapshot, Firewall firewall) =>
        snapshot.WithPolicy(firewall.Name, ElementCompiler.Policy(firewall));

    private static IEnumerable<M.Link> Links(Topology topology, IReadOnlyList<CompiledElement> elements)
    {
        var present = elements.SelectMany(e => e.Device.Interfaces.Select(i => (e.Device.Name, i.Name))).ToHashSet();
        var aliases = elements.SelectMany(e => e.Aliases.Select(a => (Key: (e.Device.Name, a.Of), a.Alias))).ToLookup(a => a.Key, a => a.Alias);
        foreach (var link in topology.Links)
        {
            var a = (link.A.Element, link.A.Interface);
            var b = (link.B.Element, link.B.Interface);
            if (!present.Contains(a) || !present.Contains(b))
                continue;
            yield return new M.Link(a.Element, a.Interface, b.Element, b.Interface);
            foreach (var alias in aliases[a])
                yield return new M.Link(a.Element, alias, b.Element, b.Interface);
            foreach (var alias in aliases[b])
                yield return new M.Link(a.Element, a.Interface, b.Element, alias);
        }
    }
}
