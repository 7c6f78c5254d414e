using System.Text;
using InfraDesigner.Simulation.Reachability;
using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Tests.Reachability.Kernel;

/// <summary>
/// A <see cref="NetworkSnapshot"/> built for real in Linux network namespaces: one namespace per device; each VLAN of a
/// switch a plain bridge in the switch's namespace (this kernel has no VLAN filtering nor 802.1Q), every carried VLAN of
/// a trunk its own veth pair; routers and firewalls forward; firewall rules become an nftables forward chain that
/// accepts established traffic first and rejects with a TCP reset; listeners are socat. Disposing removes every
/// namespace it made and every process inside them.
/// </summary>
public sealed class KernelNetwork : IDisposable
{
    private readonly NetworkSnapshot _snapshot;
    private readonly string _tag;
    private readonly List<string> _namespaces = [];

    private KernelNetwork(NetworkSnapshot snapshot, string tag)
    {
        _snapshot = snapshot;
        _tag = tag;
    }

    public static KernelNetwork Build(NetworkSnapshot snapshot, string tag)
    {
        var network = new KernelNetwork(snapshot, tag);
        try
        {
            var script = network.SetupScript();
            var (code, _, error) = Shell.Run(script);
            if (code != 0)
                throw new InvalidOperationException($"building the namespaces failed ({code}): {error}\n{script}");
            return network;
        }
        catch
        {
            network.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Connects for each flow at once; true where the TCP handshake completed. Failed probes are tried once more with a
    /// longer timeout, so a slow machine is not read as "unreachable"; a blocked flow fails both times.
    /// </summary>
    public IReadOnlyList<bool> Probe(IReadOnlyList<KernelFlow> flows)
    {
        var first = ProbeOnce(flows, Enumerable.Range(0, flows.Count).ToArray(), timeoutSeconds: 1);
        var again = ProbeOnce(flows, first.Where(r => !r.Value).Select(r => r.Key).ToArray(), timeoutSeconds: 3);
        return flows.Select((_, i) => first[i] || again.GetValueOrDefault(i)).ToArray();
    }

    private Dictionary<int, bool> ProbeOnce(IReadOnlyList<KernelFlow> flows, int[] which, int timeoutSeconds)
    {
        if (which.Length == 0)
            return [];
        var script = new StringBuilder();
        script.AppendLine($"probe() {{ ip netns exec \"$1\" socat -T1 /dev/null \"TCP:$2:$3,connect-timeout={timeoutSeconds}\" >/dev/null 2>&1; echo \"$4 $?\"; }}");
        foreach (var i in which)
            script.AppendLine($"probe {Namespace(flows[i].Source)} {flows[i].DestinationAddress} {flows[i].Port} {i} &");
        script.AppendLine("wait");
        var (_, output, _) = Shell.Run(script.ToString());
        var codes = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(' '))
            .ToDictionary(parts => int.Parse(parts[0]), parts => parts[1] == "0");
        return which.ToDictionary(i => i, i => codes.TryGetValue(i, out var ok) ? ok : throw new InvalidOperationException($"probe {i} printed nothing: {output}"));
    }

    public void Dispose()
    {
        var script = new StringBuilder();
        foreach (var ns in _namespaces)
        {
            script.AppendLine($"ip netns pids {ns} 2>/dev/null | xargs -r kill -9 2>/dev/null");
            script.AppendLine($"ip netns del {ns} 2>/dev/null");
        }
        Shell.Run(script.ToString());
    }

    /// <summary>Fails when this machine cannot build namespaces (not root, no iproute2/nft/socat): never a silent pass.</summary>
    public static void EnsureAvailable()
    {
        if (Missing.Value is { } reason)
            throw new InvalidOperationException("The kernel differential test needs root, `ip netns`, nftables and socat (apt-get install iproute2 nftables socat): " + reason);
    }

    private static readonly Lazy<string?> Missing = new(() =>
    {
        var probe = $"rqcheck{Environment.ProcessId}";
        var (code, _, error) = Shell.Run(
            $"set -e; command -v socat >/dev/null; command -v nft >/dev/null; ip netns add {probe}; trap 'ip netns del {probe}' EXIT; ip netns exec {probe} nft list ruleset >/dev/null");
        return code == 0 ? null : error;
    });

    private string Namespace(string device) => $"{_tag}d{_snapshot.Devices.Select((d, i) => (d, i)).First(x => x.d.Name == device).i}";

    private string SetupScript()
    {
        var script = new StringBuilder("set -e\n");
        var devices = _snapshot.Devices;
        for (var d = 0; d < devices.Count; d++)
        {
            var ns = $"{_tag}d{d}";
            _namespaces.Add(ns);
            script.AppendLine($"ip netns add {ns}");
            script.AppendLine($"ip -n {ns} link set lo up");
            script.AppendLine($"ip netns exec {ns} sysctl -qw net.ipv4.conf.all.rp_filter=0 net.ipv4.conf.default.rp_filter=0 net.ipv4.conf.all.send_redirects=0 net.ipv4.conf.default.send_redirects=0 net.ipv4.ip_forward={(devices[d].Forwards ? 1 : 0)}");
        }
        var bridges = new HashSet<(int, int)>();
        string Bridge(int device, int vlan)
        {
            var ns = $"{_tag}d{device}";
            if (bridges.Add((device, vlan)))
                script.AppendLine($"ip -n {ns} link add b{vlan} type bridge && ip -n {ns} link set b{vlan} up");
            return $"b{vlan}";
        }
        for (var l = 0; l < _snapshot.Links.Count; l++)
            Cable(script, l, Bridge);
        for (var d = 0; d < devices.Count; d++)
            Configure(script, d);
        // Probe only once every listener is bound, or a slow start under load reads as "unreachable".
        for (var d = 0; d < devices.Count; d++)
        {
            foreach (var listener in devices[d].Listeners.Where(l => l.Protocol is Protocol.Tcp or Protocol.Any))
                script.AppendLine($"for try in $(seq 100); do ip netns exec {_tag}d{d} ss -Hltn 'sport = :{listener.Port}' | grep -q . && break; sleep 0.05; done");
        }
        return script.ToString();
    }

    private void Cable(StringBuilder script, int linkIndex, Func<int, int, string> bridge)
    {
        var link = _snapshot.Links[linkIndex];
        var (a, ia) = Find(link.DeviceA, link.InterfaceA);
        var (b, ib) = Find(link.DeviceB, link.InterfaceB);
        var switchA = _snapshot.Devices[a].Kind == DeviceKind.Switch;
        var switchB = _snapshot.Devices[b].Kind == DeviceKind.Switch;
        if (switchA && switchB)
        {
            foreach (var vlan in Carried(Port(a, ia), Port(b, ib)))
            {
                var name = $"l{linkIndex}v{vlan}";
                var (bridgeA, bridgeB) = (bridge(a, vlan), bridge(b, vlan));
                Veth(script, a, name, b, name);
                script.AppendLine($"ip -n {_tag}d{a} link set {name} master {bridgeA} up");
                script.AppendLine($"ip -n {_tag}d{b} link set {name} master {bridgeB} up");
            }
        }
        else if (switchA || switchB)
        {
            var (sw, port, host, hostInterface) = switchA ? (a, ia, b, ib) : (b, ib, a, ia);
            var tag = _snapshot.Devices[host].Interfaces[hostInterface].VlanTag;
            var vlan = (Port(sw, port), tag) switch
            {
                (AccessPort access, null) => access.Vlan,
                (TrunkPort trunk, int t) when trunk.AllowedVlans.Contains(t) && trunk.NativeVlan is null => t,
                var other => throw new NotSupportedException($"the kernel model supports access ports and tagged sub-interfaces only, not {other}"),
            };
            var switchSide = $"p{port}v{vlan}";
            var segment = bridge(sw, vlan);
            Veth(script, host, $"i{hostInterface}", sw, switchSide);
            script.AppendLine($"ip -n {_tag}d{sw} link set {switchSide} master {segment} up");
        }
        else
        {
            Veth(script, a, $"i{ia}", b, $"i{ib}");
        }
    }

    private static IEnumerable<int> Carried(SwitchPort a, SwitchPort b) => (a, b) switch
    {
        (AccessPort x, AccessPort y) when x.Vlan == y.Vlan => [x.Vlan],
        (TrunkPort x, TrunkPort y) when x.NativeVlan is null && y.NativeVlan is null => x.AllowedVlans.Intersect(y.AllowedVlans),
        _ => throw new NotSupportedException($"the kernel model supports same-VLAN access links and trunks without native VLAN, not {a} / {b}"),
    };

    private void Veth(StringBuilder script, int deviceA, string nameA, int deviceB, string nameB) =>
        script.AppendLine($"ip link add {nameA} netns {_tag}d{deviceA} type veth peer name {nameB} netns {_tag}d{deviceB}");

    private void Configure(StringBuilder script, int d)
    {
        var device = _snapshot.Devices[d];
        var ns = $"{_tag}d{d}";
        if (device.Kind == DeviceKind.Switch)
            return;
        if (device.VirtualServices.Count > 0 || device.Shares.Count > 0)
            throw new NotSupportedException($"{device.Name}: load balancers and share ACLs have no kernel model here");
        for (var i = 0; i < device.Interfaces.Count; i++)
        {
            var nic = device.Interfaces[i];
            if (nic.Address is null)
                continue;
            script.AppendLine($"ip -n {ns} addr add {nic.Address}/{nic.PrefixLength} dev i{i} && ip -n {ns} link set i{i} up");
        }
        for (var i = 0; i < device.Interfaces.Count; i++)
        {
            if (device.Interfaces[i].Gateway is { } gateway)
                script.AppendLine($"ip -n {ns} route add default via {gateway} dev i{i}");
        }
        foreach (var route in device.Routes)
        {
            var prefix = route.Prefix.PrefixLength == 0 ? "default" : route.Prefix.ToString();
            var via = route.NextHop is null ? "" : $" via {route.NextHop}";
            var dev = route.Interface is null ? "" : $" dev i{Index(device, route.Interface)}";
            script.AppendLine($"ip -n {ns} route add {prefix}{via}{dev}");
        }
        if (device.Policy is not null || device.SourceNats.Count > 0)
        {
            script.AppendLine($"ip netns exec {ns} nft -f - <<'NFT'");
            script.Append(new NftablesPolicy(_snapshot, device).Render());
            script.AppendLine("NFT");
        }
        foreach (var listener in device.Listeners.Where(l => l.Protocol is Protocol.Tcp or Protocol.Any))
            script.AppendLine($"ip netns exec {ns} socat TCP-LISTEN:{listener.Port},fork,reuseaddr SYSTEM:true </dev/null >/dev/null 2>&1 &");
    }

    private static int Index(Device device, string name) => device.Interfaces.Select((n, i) => (n, i)).First(x => x.n.Name == name).i;

    private (int Device, int Interface) Find(string device, string name)
    {
        var d = _snapshot.Devices.Select((x, i) => (x, i)).First(x => x.x.Name == device).i;
        return (d, Index(_snapshot.Devices[d], name));
    }

    private SwitchPort Port(int device, int index) => _snapshot.Devices[device].Interfaces[index].Port ?? new AccessPort(1);
}
