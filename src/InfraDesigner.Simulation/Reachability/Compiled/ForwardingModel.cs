using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Compiled;

/// <summary>Everything of a snapshot except firewall policies, precomputed once: interfaces, broadcast domains, neighbours, routes, zones.</summary>
internal sealed class ForwardingModel
{
    public ForwardingModel(IReadOnlyList<Device> devices, IReadOnlyList<Link> links)
    {
        DeviceIds = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var d = 0; d < devices.Count; d++)
        {
            if (!DeviceIds.TryAdd(devices[d].Name, d))
                throw new ArgumentException($"two devices are named '{devices[d].Name}'");
        }
        Zones = devices.SelectMany(d => d.Interfaces.Select(i => i.Zone).Append(d.Zone))
            .OfType<string>()
            .Distinct()
            .Select((zone, id) => (zone, id))
            .ToDictionary(z => z.zone, z => z.id);

        var interfaces = new List<CompiledInterface>();
        DeviceInterfaces = new int[devices.Count][];
        for (var d = 0; d < devices.Count; d++)
        {
            var ids = new int[devices[d].Interfaces.Count];
            for (var i = 0; i < ids.Length; i++)
            {
                var model = devices[d].Interfaces[i];
                var zone = model.Zone ?? devices[d].Zone;
                ids[i] = interfaces.Count;
                interfaces.Add(new CompiledInterface(
                    interfaces.Count,
                    d,
                    model,
                    model.Address is null ? 0 : Ipv4.ToUInt(model.Address),
                    model.PrefixLength,
                    zone is null ? CompiledMatch.NoZone : Zones[zone]));
            }
            DeviceInterfaces[d] = ids;
        }
        Interfaces = interfaces.ToArray();
        L2 = new L2Fabric(Interfaces, devices, links.Select(l => (InterfaceId(l.DeviceA, l.InterfaceA), InterfaceId(l.DeviceB, l.InterfaceB))));

        AddressOwners = Interfaces.Where(i => i.HasAddress)
            .GroupBy(i => i.Address)
            .ToDictionary(g => g.Key, g => g.Select(i => i.Id).ToArray());
        Neighbors = new Dictionary<(int, uint), int>();
        foreach (var i in Interfaces.Where(i => i.HasAddress))
            Neighbors.TryAdd((L2.DomainOf(i.Id), i.Address), i.Id);
        Routes = Enumerable.Range(0, devices.Count).Select(d => new RouteTable(RoutesOf(devices[d], DeviceInterfaces[d]))).ToArray();
        DeviceAddresses = DeviceInterfaces.Select(ids => ids.Select(i => Interfaces[i]).Where(i => i.HasAddress).Select(i => i.Address).ToArray()).ToArray();
    }

    public Dictionary<string, int> DeviceIds { get; }

    public Dictionary<string, int> Zones { get; }

    public CompiledInterface[] Interfaces { get; }

    public int[][] DeviceInterfaces { get; }

    public uint[][] DeviceAddresses { get; }

    public L2Fabric L2 { get; }

    public Dictionary<uint, int[]> AddressOwners { get; }

    public Dictionary<(int Domain, uint Address), int> Neighbors { get; }

    public RouteTable[] Routes { get; }

    public int InterfaceId(string device, string name)
    {
        if (!DeviceIds.TryGetValue(device, out var d))
            throw new ArgumentException($"a link names unknown device '{device}'");
        foreach (var id in DeviceInterfaces[d])
        {
            if (Interfaces[id].Model.Name == name)
                return id;
        }
        throw new ArgumentException($"device '{device}' has no interface '{name}'");
    }

    /// <summary>The interface of <paramref name="device"/> that owns <paramref name="address"/>, or -1.</summary>
    public int LocalInterface(int device, uint address)
    {
        if (AddressOwners.TryGetValue(address, out var owners))
        {
            foreach (var id in owners)
            {
                if (Interfaces[id].Device == device)
                    return id;
            }
        }
        return -1;
    }

    public CompiledMatch Compile(AddressMatch match) => match switch
    {
        ZoneAddress z => new CompiledMatch(match, Zones.GetValueOrDefault(z.Zone, CompiledMatch.NoZone), 0, 0, []),
        SubnetAddress s => new CompiledMatch(match, CompiledMatch.NoZone, Ipv4.ToUInt(s.Network.BaseAddress) & Ipv4.MaskOf(s.Network.PrefixLength), Ipv4.MaskOf(s.Network.PrefixLength), []),
        DeviceAddress d => new CompiledMatch(match, CompiledMatch.NoZone, 0, 0, DeviceIds.TryGetValue(d.Device, out var id) ? DeviceAddresses[id] : []),
        _ => new CompiledMatch(match, CompiledMatch.NoZone, 0, 0, []),
    };

    public CompiledPolicy? CompilePolicy(int device, FirewallPolicy? policy) => policy is null
        ? null
        : new CompiledPolicy(policy, DeviceInterfaces[device].Select(i => Interfaces[i].Zone).Append(CompiledMatch.NoZone).Distinct().ToArray(), Compile);

    private IEnumerable<RouteEntry> RoutesOf(Device device, int[] interfaceIds)
    {
        var own = interfaceIds.Select(i => Interfaces[i]).Where(i => i.HasAddress).ToArray();
        foreach (var i in own)
            yield return new RouteEntry(i.Address & i.Mask, i.PrefixLength, RouteKind.Connected, 0, i.Id);
        foreach (var i in own.Where(i => i.Model.Gateway is not null))
            yield return new RouteEntry(0, 0, RouteKind.Default, Ipv4.ToUInt(i.Model.Gateway!), i.Id);
        foreach (var route in device.Routes)
        {
            var network = Ipv4.ToUInt(route.Prefix.BaseAddress) & Ipv4.MaskOf(route.Prefix.PrefixLength);
            var kind = route.Prefix.PrefixLength == 0 ? RouteKind.Default : RouteKind.Static;
            var nextHop = route.NextHop is null ? 0 : Ipv4.ToUInt(route.NextHop);
            // A route whose next hop is on no connected subnet is not installed, as a router would do.
            var exit = route.Interface is not null
                ? own.FirstOrDefault(i => i.Model.Name == route.Interface)
                : own.FirstOrDefault(i => i.OnSubnet(nextHop));
            if (exit is not null)
                yield return new RouteEntry(network, route.Prefix.PrefixLength, kind, nextHop, exit.Id);
        }
    }
}
