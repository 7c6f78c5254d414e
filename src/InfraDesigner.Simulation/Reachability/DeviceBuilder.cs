using System.Net;
using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability;

/// <summary>Configures one device; interface-level calls (Access, Tagged, Zone) apply to the last interface added.</summary>
public sealed class DeviceBuilder
{
    private readonly NetworkSnapshotBuilder _network;
    private readonly string? _zone;
    private readonly DeviceKind _kind;
    private readonly List<NetworkInterface> _interfaces = [];
    private readonly List<StaticRoute> _routes = [];
    private readonly List<FirewallRule> _rules = [];
    private readonly List<VirtualService> _services = [];
    private readonly List<SourceNatRule> _sourceNats = [];
    private readonly List<Listener> _listeners = [];
    private readonly List<ShareAcl> _shares = [];
    private RuleAction _defaultAction = RuleAction.Deny;
    private bool _stateful = true;

    internal DeviceBuilder(NetworkSnapshotBuilder network, string name, DeviceKind kind, string? zone)
    {
        _network = network;
        Name = name;
        _kind = kind;
        _zone = zone;
    }

    public string Name { get; }

    public DeviceBuilder Interface(string name, string? cidr = null, string? gateway = null, string? zone = null)
    {
        var (address, length) = cidr is null ? (null, 0) : ParseCidr(cidr);
        _interfaces.Add(new NetworkInterface(name, address, length, gateway is null ? null : IPAddress.Parse(gateway), zone));
        return this;
    }

    /// <summary>A switch port configured by hand (for trunks whose two ends differ, like a native VLAN mismatch).</summary>
    public DeviceBuilder Port(string name, SwitchPort port)
    {
        _interfaces.Add(new NetworkInterface(name, Port: port));
        return this;
    }

    /// <summary>Plugs the last interface into an access port of <paramref name="vlan"/> on <paramref name="switchName"/>.</summary>
    public DeviceBuilder Access(string switchName, int vlan) => PlugInto(switchName, new AccessPort(vlan), null);

    /// <summary>Makes the last interface a sub-interface tagged <paramref name="vlan"/> on a trunk port of <paramref name="switchName"/>.</summary>
    public DeviceBuilder Tagged(string switchName, int vlan, int[]? trunkVlans = null, int? native = null) =>
        PlugInto(switchName, new TrunkPort(trunkVlans ?? [vlan], native), vlan);

    /// <summary>Plugs the last (untagged) interface into a trunk port; it lands in the native VLAN.</summary>
    public DeviceBuilder Trunk(string switchName, int[] vlans, int? native) => PlugInto(switchName, new TrunkPort(vlans, native), null);

    public DeviceBuilder Route(string prefix, string? nextHop, string? outInterface = null)
    {
        _routes.Add(new StaticRoute(IPNetwork.Parse(prefix), nextHop is null ? null : IPAddress.Parse(nextHop), outInterface));
        return this;
    }

    public DeviceBuilder Allow(string name, AddressMatch source, AddressMatch destination, Protocol protocol = Protocol.Tcp, int? port = null, bool enabled = true) =>
        Rule(new FirewallRule(name, source, destination, protocol, port is null ? null : PortRange.Single(port.Value), RuleAction.Allow, enabled));

    public DeviceBuilder Deny(string name, AddressMatch source, AddressMatch destination, Protocol protocol = Protocol.Tcp, int? port = null, bool enabled = true) =>
        Rule(new FirewallRule(name, source, destination, protocol, port is null ? null : PortRange.Single(port.Value), RuleAction.Deny, enabled));

    public DeviceBuilder Rule(FirewallRule rule)
    {
        _rules.Add(rule);
        return this;
    }

    public DeviceBuilder DefaultAction(RuleAction action, bool stateful = true)
    {
        _defaultAction = action;
        _stateful = stateful;
        return this;
    }

    public DeviceBuilder Listen(string name, int port, Protocol protocol = Protocol.Tcp)
    {
        _listeners.Add(new Listener(name, protocol, port));
        return this;
    }

    public DeviceBuilder VirtualService(string name, string address, int port, IEnumerable<PoolMember> members, bool sourceNat = true, Protocol protocol = Protocol.Tcp)
    {
        _services.Add(new VirtualService(name, IPAddress.Parse(address), port, protocol, members.ToArray(), sourceNat));
        return this;
    }

    public DeviceBuilder SourceNat(string outInterface, string? sources = null)
    {
        _sourceNats.Add(new SourceNatRule(outInterface, sources is null ? null : IPNetwork.Parse(sources)));
        return this;
    }

    public DeviceBuilder Share(string name, int port, params string[] allowedClients)
    {
        _shares.Add(new ShareAcl(name, port, allowedClients.Select(c => IPNetwork.Parse(c.Contains('/') ? c : c + "/32")).ToArray()));
        return this;
    }

    internal string NewPort(SwitchPort port)
    {
        var name = $"p{_interfaces.Count + 1}";
        _interfaces.Add(new NetworkInterface(name, Port: port));
        return name;
    }

    internal Device ToDevice() => new(
        Name,
        _kind,
        _zone,
        _interfaces.ToArray(),
        _routes.ToArray(),
        _kind == DeviceKind.Firewall ? new FirewallPolicy(_rules.ToArray(), _defaultAction, _stateful) : null,
        _services.ToArray(),
        _sourceNats.ToArray(),
        _listeners.ToArray(),
        _shares.ToArray());

    private DeviceBuilder PlugInto(string switchName, SwitchPort port, int? tag)
    {
        var last = _interfaces.Count - 1;
        if (last < 0)
            throw new InvalidOperationException($"device '{Name}' has no interface to plug in");
        _interfaces[last] = _interfaces[last] with { VlanTag = tag };
        var switchPort = _network.SwitchNamed(switchName).NewPort(port);
        _network.AddLink(new Link(Name, _interfaces[last].Name, switchName, switchPort));
        return this;
    }

    private static (IPAddress, int) ParseCidr(string cidr)
    {
        var slash = cidr.IndexOf('/');
        return slash < 0 ? (IPAddress.Parse(cidr), 32) : (IPAddress.Parse(cidr[..slash]), int.Parse(cidr[(slash + 1)..]));
    }
}
