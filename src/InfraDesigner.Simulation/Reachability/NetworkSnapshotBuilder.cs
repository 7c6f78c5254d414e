using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability;

/// <summary>
/// Builds a <see cref="NetworkSnapshot"/> in the words of a network diagram:
/// <c>Host("PC1", "10.0.10.1/24", gateway: "10.0.10.254", on: ("sw1", 10))</c>. Switch ports and links to them are created on the way.
/// </summary>
public sealed class NetworkSnapshotBuilder
{
    private readonly List<DeviceBuilder> _devices = [];
    private readonly Dictionary<string, DeviceBuilder> _byName = new(StringComparer.Ordinal);
    private readonly List<Link> _links = [];

    public NetworkSnapshotBuilder Switch(string name)
    {
        SwitchNamed(name);
        return this;
    }

    /// <summary>A one-NIC end host ("eth0"); <paramref name="on"/> is the switch and access VLAN it is plugged into.</summary>
    public NetworkSnapshotBuilder Host(
        string name,
        string cidr,
        string? gateway = null,
        (string Switch, int Vlan)? on = null,
        string? zone = null,
        DeviceKind kind = DeviceKind.Host,
        Action<DeviceBuilder>? configure = null)
    {
        var device = Add(name, kind, zone).Interface("eth0", cidr, gateway);
        if (on is { } port)
            device.Access(port.Switch, port.Vlan);
        configure?.Invoke(device);
        return this;
    }

    public NetworkSnapshotBuilder Vm(string name, string cidr, string? gateway = null, (string Switch, int Vlan)? on = null, string? zone = null, Action<DeviceBuilder>? configure = null) =>
        Host(name, cidr, gateway, on, zone, DeviceKind.VirtualMachine, configure);

    public NetworkSnapshotBuilder Device(string name, DeviceKind kind, Action<DeviceBuilder> configure, string? zone = null)
    {
        configure(Add(name, kind, zone));
        return this;
    }

    public NetworkSnapshotBuilder Router(string name, Action<DeviceBuilder> configure) => Device(name, DeviceKind.Router, configure);

    public NetworkSnapshotBuilder Firewall(string name, Action<DeviceBuilder> configure) => Device(name, DeviceKind.Firewall, configure);

    /// <summary>A trunk between two switches carrying <paramref name="vlans"/>, untagged frames in <paramref name="native"/>.</summary>
    public NetworkSnapshotBuilder Trunk(string switchA, string switchB, int[] vlans, int? native = null)
    {
        var a = SwitchNamed(switchA).NewPort(new TrunkPort(vlans, native));
        var b = SwitchNamed(switchB).NewPort(new TrunkPort(vlans, native));
        _links.Add(new Link(switchA, a, switchB, b));
        return this;
    }

    public NetworkSnapshotBuilder Link(string deviceA, string interfaceA, string deviceB, string interfaceB)
    {
        _links.Add(new Link(deviceA, interfaceA, deviceB, interfaceB));
        return this;
    }

    public NetworkSnapshot Build() => NetworkSnapshot.Create(_devices.Select(d => d.ToDevice()), _links);

    internal DeviceBuilder SwitchNamed(string name) =>
        _byName.GetValueOrDefault(name) ?? Add(name, DeviceKind.Switch, null);

    internal void AddLink(Link link) => _links.Add(link);

    private DeviceBuilder Add(string name, DeviceKind kind, string? zone)
    {
        var device = new DeviceBuilder(this, name, kind, zone);
        if (!_byName.TryAdd(name, device))
            throw new ArgumentException($"device '{name}' is already defined", nameof(name));
        _devices.Add(device);
        return device;
    }
}
