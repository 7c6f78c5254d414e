using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Matrix;

/// <summary>Representative endpoints per zone: one device per (zone, subnet) class, plus every device a firewall rule names.</summary>
internal sealed class MatrixEndpoints
{
    private readonly NetworkSnapshot _snapshot;
    private readonly HashSet<string> _named;

    public MatrixEndpoints(NetworkSnapshot snapshot)
    {
        _snapshot = snapshot;
        _named = snapshot.Devices
            .SelectMany(d => d.Policy?.Rules ?? [])
            .SelectMany(r => new[] { r.Source, r.Destination })
            .OfType<DeviceAddress>()
            .Select(d => d.Device)
            .ToHashSet();
    }

    /// <summary>Each zone with all its addressed end devices (not switches, routers or firewalls).</summary>
    public IEnumerable<(string Name, IReadOnlyList<int> Members)> Zones() => Enumerable.Range(0, _snapshot.DeviceArray.Length)
        .Where(d => _snapshot.DeviceArray[d] is { Zone: not null, Forwards: false, Kind: not DeviceKind.Switch } && _snapshot.Forwarding.DeviceAddresses[d].Length > 0)
        .GroupBy(d => _snapshot.DeviceArray[d].Zone!)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => (g.Key, Representatives(g)));

    /// <summary>The members that accept <paramref name="protocol"/>/<paramref name="port"/> (a listener or a virtual service), one per class.</summary>
    public IReadOnlyList<int> Listening(IReadOnlyList<int> members, Protocol protocol, int port) => protocol == Protocol.Icmp
        ? members
        : Representatives(members.Where(m => Accepts(_snapshot.DeviceArray[m], protocol, port)), port);

    private IReadOnlyList<int> Representatives(IEnumerable<int> members, int port = -1) => members
        .GroupBy(m => _named.Contains(_snapshot.DeviceArray[m].Name) ? $"#{m}" : $"{_snapshot.Forwarding.DeviceAddresses[m][0] & Subnet(m)}/{port}")
        .Select(g => g.First())
        .ToArray();

    private uint Subnet(int device)
    {
        var f = _snapshot.Forwarding;
        return f.Interfaces[f.DeviceInterfaces[device].First(i => f.Interfaces[i].HasAddress)].Mask;
    }

    private static bool Accepts(Device device, Protocol protocol, int port) =>
        device.Listeners.Any(l => l.Port == port && (l.Protocol == Protocol.Any || l.Protocol == protocol))
        || device.VirtualServices.Any(v => v.Port == port && (v.Protocol == Protocol.Any || v.Protocol == protocol));
}
