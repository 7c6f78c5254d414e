using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Matrix;

/// <summary>
/// Groups end devices that L2/L3 forwarding cannot tell apart, so that one traced path serves them all with only the
/// addresses renamed. Two devices share a class when each has a single addressed interface and nothing else that
/// forwarding looks at (no routes, NAT, virtual services, shares or policy), their addresses are owned by nobody else,
/// they hang on the same subnet, gateway, VLAN tag and broadcast domain, and their addresses fall in exactly the same
/// installed prefixes of every route table and masquerade rule in the network: then every longest-prefix lookup,
/// neighbour lookup and NAT decision comes out the same for either. Every other device is a class of its own.
/// </summary>
internal sealed class ForwardingClasses
{
    private readonly int[] _classOf;
    private readonly bool[] _shared;

    public ForwardingClasses(NetworkSnapshot snapshot)
    {
        var prefixes = PrefixesByLength(snapshot);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        _classOf = new int[snapshot.DeviceArray.Length];
        _shared = new bool[_classOf.Length];
        for (var d = 0; d < _classOf.Length; d++)
        {
            var key = Key(snapshot, d, prefixes);
            _shared[d] = key is not null;
            key ??= $"#{d}";
            if (!ids.TryGetValue(key, out var id))
                ids[key] = id = ids.Count;
            _classOf[d] = id;
        }
    }

    public int Of(int device) => _classOf[device];

    /// <summary>True when the device may stand in for others of its class (or they for it).</summary>
    public bool IsShared(int device) => _shared[device];

    private static string? Key(NetworkSnapshot snapshot, int device, (int Length, HashSet<uint> Networks)[] prefixes)
    {
        var f = snapshot.Forwarding;
        var model = snapshot.DeviceArray[device];
        if (model.Forwards || model.Kind == DeviceKind.Switch || model.Policy is not null || model.Interfaces.Count != 1
            || model.Routes.Count > 0 || model.VirtualServices.Count > 0 || model.SourceNats.Count > 0 || model.Shares.Count > 0)
            return null;
        var own = f.Interfaces[f.DeviceInterfaces[device][0]];
        if (!own.HasAddress || f.AddressOwners[own.Address].Length != 1)
            return null;
        var inPrefixes = string.Join(",", prefixes
            .Where(p => p.Networks.Contains(own.Address & Ipv4.MaskOf(p.Length)))
            .Select(p => $"{own.Address & Ipv4.MaskOf(p.Length)}/{p.Length}"));
        return $"{own.Address & own.Mask}/{own.PrefixLength} gw {own.Model.Gateway} tag {own.Model.VlanTag} zone {own.Zone} domain {f.L2.DomainOf(own.Id)} in {inPrefixes}";
    }

    private static (int Length, HashSet<uint> Networks)[] PrefixesByLength(NetworkSnapshot snapshot)
    {
        var routed = snapshot.Forwarding.Routes.SelectMany(r => r.Prefixes);
        var masqueraded = snapshot.DeviceArray.SelectMany(d => d.SourceNats)
            .Where(n => n.Sources is not null)
            .Select(n => (Network: Ipv4.ToUInt(n.Sources!.Value.BaseAddress), Length: n.Sources!.Value.PrefixLength));
        return routed.Concat(masqueraded)
            .GroupBy(p => p.Length)
            .Select(g => (g.Key, g.Select(p => p.Network & Ipv4.MaskOf(g.Key)).ToHashSet()))
            .ToArray();
    }
}
