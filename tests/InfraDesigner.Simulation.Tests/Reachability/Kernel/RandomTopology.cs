using InfraDesigner.Simulation.Reachability;
using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Tests.Reachability.Kernel;

/// <summary>
/// Seeded small networks for the kernel differential test: 1-2 switches (maybe trunked, maybe not carrying every VLAN),
/// 2-4 VLANs, 0-2 routers, 0-1 firewall with random ordered rules, hosts with listeners and sometimes missing or wrong
/// gateways, static routes that are sometimes missing. Same seed, same network.
/// </summary>
public static class RandomTopology
{
    private static readonly int[] Ports = [22, 80, 443, 3300];

    public static (NetworkSnapshot Network, IReadOnlyList<KernelFlow> Flows) Generate(int seed)
    {
        var random = new Random(seed);
        var builder = new NetworkSnapshotBuilder();
        var vlans = Enumerable.Range(1, random.Next(2, 5)).Select(v => v * 10).ToArray();
        var switches = random.Next(2) == 0 ? new[] { "sw1" } : ["sw1", "sw2"];
        foreach (var sw in switches)
            builder.Switch(sw);
        if (switches.Length == 2 && random.Next(5) > 0)
            builder.Trunk("sw1", "sw2", vlans.Where(_ => random.Next(4) > 0).DefaultIfEmpty(vlans[0]).ToArray());

        // L3 devices: name, kind, and the VLANs they have an interface in (host part .1, .2, .3).
        var l3 = new List<(string Name, DeviceKind Kind, int HostPart, int[] Vlans, string[] Switch)>();
        var routers = random.Next(3);
        for (var r = 0; r < routers; r++)
            l3.Add(($"r{r + 1}", DeviceKind.Router, r + 1, Pick(random, vlans), switches.Select(_ => switches[random.Next(switches.Length)]).ToArray()));
        if (random.Next(2) == 0)
            l3.Add(("fw", DeviceKind.Firewall, 3, Pick(random, vlans), switches.Select(_ => switches[random.Next(switches.Length)]).ToArray()));

        string Subnet(int vlan) => $"10.77.{vlan}";
        var hosts = new List<(string Name, string Address)>();
        var hostCount = 0;
        foreach (var vlan in vlans)
        {
            var gateways = l3.Where(d => d.Vlans.Contains(vlan)).Select(d => $"{Subnet(vlan)}.{d.HostPart}").ToList();
            for (var h = 0; h < random.Next(1, 3); h++)
            {
                var name = $"h{++hostCount}";
                var address = $"{Subnet(vlan)}.{10 + h}";
                var roll = random.Next(10);
                var gateway = roll < 2 ? null : roll < 3 || gateways.Count == 0 ? $"{Subnet(vlan)}.250" : gateways[random.Next(gateways.Count)];
                var ports = Ports.Where(_ => random.Next(3) == 0).ToArray();
                builder.Host(name, address + "/24", gateway, (switches[random.Next(switches.Length)], vlan), $"z{vlan}",
                    configure: d => { foreach (var port in ports) d.Listen($"svc{port}", port); });
                hosts.Add((name, address));
            }
        }

        foreach (var device in l3)
        {
            builder.Device(device.Name, device.Kind, d =>
            {
                foreach (var vlan in device.Vlans)
                    d.Interface($"v{vlan}", $"{Subnet(vlan)}.{device.HostPart}/24", zone: $"z{vlan}").Access(device.Switch[random.Next(device.Switch.Length)], vlan);
                foreach (var vlan in vlans.Except(device.Vlans))
                {
                    var via = l3.Where(o => o.Name != device.Name && o.Vlans.Contains(vlan))
                        .SelectMany(o => o.Vlans.Intersect(device.Vlans).Select(shared => $"{Subnet(shared)}.{o.HostPart}"))
                        .ToArray();
                    if (via.Length > 0 && random.Next(5) > 0)
                        d.Route($"{Subnet(vlan)}.0/24", via[random.Next(via.Length)]);
                }
                if (device.Kind == DeviceKind.Firewall)
                    Rules(random, d, vlans, hosts);
            });
        }

        var flows = new List<KernelFlow>();
        foreach (var source in hosts)
        {
            foreach (var destination in hosts.Where(h => h != source))
            {
                if (random.Next(3) == 0)
                    flows.Add(new KernelFlow(source.Name, destination.Address, Ports[random.Next(Ports.Length)]));
            }
        }
        return (builder.Build(), flows.Take(16).ToArray());
    }

    private static int[] Pick(Random random, int[] vlans)
    {
        var chosen = vlans.Where(_ => random.Next(2) == 0).ToArray();
        return chosen.Length > 0 ? chosen : [vlans[random.Next(vlans.Length)]];
    }

    private static void Rules(Random random, DeviceBuilder firewall, int[] vlans, List<(string Name, string Address)> hosts)
    {
        AddressMatch Side() => random.Next(4) switch
        {
            0 => AddressMatch.Any,
            1 => AddressMatch.OfZone($"z{vlans[random.Next(vlans.Length)]}"),
            2 => AddressMatch.OfSubnet($"10.77.{vlans[random.Next(vlans.Length)]}.0/24"),
            _ => AddressMatch.OfDevice(hosts[random.Next(hosts.Count)].Name),
        };
        for (var r = 0; r < random.Next(0, 5); r++)
        {
            var ports = random.Next(3) == 0 ? null : PortRange.Single(Ports[random.Next(Ports.Length)]);
            var protocol = ports is null && random.Next(2) == 0 ? Protocol.Any : Protocol.Tcp;
            firewall.Rule(new FirewallRule($"rule{r + 1}", Side(), Side(), protocol, ports, random.Next(3) == 0 ? RuleAction.Deny : RuleAction.Allow));
        }
        firewall.DefaultAction(random.Next(4) == 0 ? RuleAction.Allow : RuleAction.Deny);
    }
}
