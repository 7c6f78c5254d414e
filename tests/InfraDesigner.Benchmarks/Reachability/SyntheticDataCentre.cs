using InfraDesigner.Simulation.Reachability;
using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Benchmarks.Reachability;

/// <summary>
/// A seeded synthetic data centre of 10,000 devices: 100 hosts, 2,000 VMs, the rest containers as end points;
/// 200 VLANs over 40 access switches trunked to one core; 6 zones; 20 routers (SVIs for their zone's VLANs);
/// 10 firewalls (one per zone, a second active/active one for four zones, so ECMP) with 1,000 rules each; 5 load balancers.
/// Traffic between zones crosses the source zone's firewall and the destination zone's firewall.
/// </summary>
public static class SyntheticDataCentre
{
    public const int Devices = 10_000;
    public const int Zones = 6;
    public const int Vlans = 200;
    public static readonly int[] Ports = [22, 80, 443, 8080, 8443, 3300, 3301, 1521, 5432, 1433, 3306, 6379, 9200, 5672, 2049, 445, 389, 636, 53, 123];

    public static NetworkSnapshot Build(int seed = 42)
    {
        var random = new Random(seed);
        var network = new NetworkSnapshotBuilder();
        static int ZoneOf(int vlan) => (vlan - 1) % Zones;
        static string Zone(int zone) => $"zone-{zone}";
        static string Access(int vlan) => $"acc{(vlan - 1) / 5}";

        network.Switch("core");
        for (var s = 0; s < Vlans / 5; s++)
            network.Trunk($"acc{s}", "core", Enumerable.Range(s * 5 + 1, 5).ToArray());

        var routersOf = Enumerable.Range(0, Zones).Select(z => Enumerable.Range(0, 20).Where(r => r % Zones == z).ToArray()).ToArray();
        var vlansOf = Enumerable.Range(0, Zones).Select(z => Enumerable.Range(1, Vlans).Where(v => ZoneOf(v) == z).ToArray()).ToArray();
        int RouterOf(int vlan) => routersOf[ZoneOf(vlan)][Array.IndexOf(vlansOf[ZoneOf(vlan)], vlan) % routersOf[ZoneOf(vlan)].Length];
        string Transit(int router) => $"10.2.{router % Zones}.{10 + router}";
        string[] FirewallInside(int zone) => zone < 4 ? [$"10.2.{zone}.1", $"10.2.{zone}.2"] : [$"10.2.{zone}.1"];
        string[] FirewallOutside(int zone) => zone < 4 ? [$"10.3.0.{zone + 1}", $"10.3.0.{zone + 7}"] : [$"10.3.0.{zone + 1}"];

        for (var r = 0; r < 20; r++)
        {
            var router = r;
            var zone = r % Zones;
            network.Device($"r{r}", DeviceKind.L3Switch, d =>
            {
                foreach (var vlan in vlansOf[zone].Where(v => RouterOf(v) == router))
                    d.Interface($"vlan{vlan}", $"10.1.{vlan}.1/24").Access("core", vlan);
                d.Interface("transit", $"{Transit(router)}/24").Access("core", 1000 + zone);
                foreach (var vlan in vlansOf[zone].Where(v => RouterOf(v) != router))
                    d.Route($"10.1.{vlan}.0/24", Transit(RouterOf(vlan)));
                foreach (var firewall in FirewallInside(zone))
                    d.Route("0.0.0.0/0", firewall);
            }, Zone(zone));
        }

        var vmNames = new List<string>();
        for (var f = 0; f < 10; f++)
        {
            var zone = f % Zones;
            var second = f >= Zones;
            network.Firewall($"fw{f}", d =>
            {
                d.Interface("inside", $"{FirewallInside(zone)[second ? 1 : 0]}/24", zone: Zone(zone)).Access("core", 1000 + zone)
                    .Interface("outside", $"{FirewallOutside(zone)[second ? 1 : 0]}/24", zone: "core").Access("core", 2000);
                for (var vlan = 1; vlan <= Vlans; vlan++)
                {
                    var hops = ZoneOf(vlan) == zone ? [Transit(RouterOf(vlan))] : FirewallOutside(ZoneOf(vlan));
                    foreach (var hop in hops)
                        d.Route($"10.1.{vlan}.0/24", hop);
                }
            });
        }

        var lbVlans = Enumerable.Range(0, 5).Select(z => vlansOf[z][0]).ToArray();
        var slot = new int[Vlans + 1];
        var members = lbVlans.ToDictionary(v => v, _ => new List<string>());
        var endpoints = Devices - 1 - Vlans / 5 - 20 - 10 - 5;
        for (var i = 0; i < endpoints; i++)
        {
            var vlan = i % Vlans + 1;
            var address = $"10.1.{vlan}.{10 + slot[vlan]++}";
            var (name, kind, ports) = i < 100 ? ($"host{i}", DeviceKind.Host, new[] { 22 })
                : i < 2100 ? ($"vm{i - 100}", DeviceKind.VirtualMachine, Ports.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToArray())
                : ($"ct{i - 2100}", DeviceKind.Host, new[] { random.Next(2) == 0 ? 80 : 8080 });
            if (kind == DeviceKind.VirtualMachine)
                vmNames.Add(name);
            if (members.TryGetValue(vlan, out var pool) && pool.Count < 5 && kind == DeviceKind.VirtualMachine && ports.Contains(443))
                pool.Add(address);
            network.Host(name, $"{address}/24", $"10.1.{vlan}.1", (Access(vlan), vlan), Zone(ZoneOf(vlan)), kind,
                d => { foreach (var port in ports) d.Listen($"svc-{port}", port); });
        }
        for (var l = 0; l < 5; l++)
        {
            var vlan = lbVlans[l];
            network.Device($"lb{l}", DeviceKind.LoadBalancer, d => d
                .Interface("eth0", $"10.1.{vlan}.5/24", $"10.1.{vlan}.1").Access(Access(vlan), vlan)
                .VirtualService($"vip{l}", $"10.1.{vlan}.5", 443, members[vlan].Select(m => new PoolMember(System.Net.IPAddress.Parse(m), 443)).ToArray()),
                Zone(ZoneOf(vlan)));
        }
        return AddRules(network.Build(), random, vmNames);
    }

    /// <summary>1,000 ordered rules per firewall over its own zone and the core: zones, VLAN subnets, a few single VMs.</summary>
    private static NetworkSnapshot AddRules(NetworkSnapshot snapshot, Random random, List<string> vms)
    {
        for (var f = 0; f < 10; f++)
        {
            var zone = f % Zones;
            AddressMatch Side() => random.Next(100) switch
            {
                < 30 => AddressMatch.OfZone($"zone-{zone}"),
                < 55 => AddressMatch.OfZone("core"),
                < 95 => AddressMatch.OfSubnet($"10.1.{random.Next(1, Vlans + 1)}.0/24"),
                _ => AddressMatch.OfDevice(vms[random.Next(vms.Count)]),
            };
            var rules = Enumerable.Range(1, 1000).Select(n => new FirewallRule(
                $"fw{f}-rule{n}",
                Side(),
                Side(),
                random.Next(10) == 0 ? Protocol.Any : Protocol.Tcp,
                random.Next(10) == 0 ? null : PortRange.Single(Ports[random.Next(Ports.Length)]),
                random.Next(10) < 7 ? RuleAction.Allow : RuleAction.Deny)).ToArray();
            snapshot = snapshot.WithPolicy($"fw{f}", new FirewallPolicy(rules));
        }
        return snapshot;
    }
}
