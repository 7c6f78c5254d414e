using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Matrix;

/// <summary>
/// Representative endpoints per zone: devices fall in one class when they share zone, subnet and the set of shares
/// that admit them; every device a firewall rule names is a class of its own.
/// </summary>
internal sealed class MatrixEndpoints
{
    private readonly NetworkSnapshot _snapshot;
    private readonly HashSet<string> _named;
    private readonly ShareAcl[] _shares;
    private readonly Dictionary<int, string> _keys = [];

    public MatrixEndpoints(NetworkSnapshot snapshot)
    {
        _snapshot = snapshot;
        _named = NamedDevices(snapshot);
        _shares = snapshot.Devices.SelectMany(d => d.Shares).ToArray();
    }

    /// <summary>The devices some firewall rule names: each is a class of its own.</summary>
    public IReadOnlySet<string> Named => _named;

    public static HashSet<string> NamedDevices(NetworkSnapshot snapshot) => snapshot.Devices
        .SelectMany(d => d.Policy?.Rules ?? [])
        .SelectMany(r => new[] { r.Source, r.Destination })
        .OfType<DeviceAddress>()
        .Select(d => d.Device)
        .ToHashSet();

    /// <summary>Each zone with all its addressed end devices (not switches, routers or firewalls).</summary>
    public IEnumerable<(string Name, IReadOnlyList<int> Members)> Zones() => Enumerable.Range(0, _snapshot.DeviceArray.Length)
        .Where(d => _snapshot.DeviceArray[d].Zone is not null && IsEndDevice(_snapshot, d))
        .GroupBy(d => _snapshot.DeviceArray[d].Zone!)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => (g.Key, (IReadOnlyList<int>)g.ToArray()));

    /// <summary>An addressed device that sends and receives rather than forwards (not a switch, router or firewall).</summary>
    public static bool IsEndDevice(NetworkSnapshot snapshot, int device) =>
        snapshot.DeviceArray[device] is { Forwards: false, Kind: not DeviceKind.Switch } && snapshot.Forwarding.DeviceAddresses[device].Length > 0;

    /// <summary>The source classes of <paramref name="members"/>, each with up to two members (the second stands in when the first is the destination).</summary>
    public IReadOnlyList<int[]> SourceClasses(IReadOnlyList<int> members) => Classes(members).Select(g => g.Take(2).ToArray()).ToArray();

    /// <summary>The members that accept <paramref name="protocol"/>/<paramref name="port"/> (a listener or a virtual service), one per class.</summary>
    public IReadOnlyList<int> Listening(IReadOnlyList<int> members, Protocol protocol, int port) => protocol == Protocol.Icmp
        ? members
        : Classes(members.Where(m => Accepts(_snapshot.DeviceArray[m], protocol, port))).Select(g => g.First()).ToArray();

    // Every call groups members for one port, so the key need not name it; it is worked out once per device.
    private IEnumerable<IGrouping<string, int>> Classes(IEnumerable<int> members) => members.GroupBy(ClassKey);

    private string ClassKey(int device)
    {
        if (!_keys.TryGetValue(device, out var key))
        {
            key = _named.Contains(_snapshot.DeviceArray[device].Name)
                ? $"#{device}"
                : $"{_snapshot.Forwarding.DeviceAddresses[device][0] & Subnet(device)}/{SharesAdmitting(device)}";
            _keys[device] = key;
        }
        return key;
    }

    private string SharesAdmitting(int device)
    {
        var addresses = _snapshot.Forwarding.DeviceAddresses[device];
        return string.Join(",", _shares.Where(s => s.AllowedClients.Any(n => addresses.Any(a => Ipv4.Contains(n, a)))).Select(s => s.Name));
    }

    private uint Subnet(int device)
    {
        var f = _snapshot.Forwarding;
        return f.Interfaces[f.DeviceInterfaces[device].First(i => f.Interfaces[i].HasAddress)].Mask;
    }

    private static bool Accepts(Device device, Protocol protocol, int port) =>
        device.Listeners.Any(l => l.Port == port && (l.Protocol == Protocol.Any || l.Protocol == protocol))
        || device.VirtualServices.Any(v => v.Port == port && (v.Protocol == Protocol.Any || v.Protocol == protocol));
}
