using InfraDesigner.Simulation.Reachability;
using InfraDesigner.Simulation.Reachability.Matrix;
using InfraDesigner.Simulation.Reachability.Model;
using InfraDesigner.Simulation.Tests.Reachability.Kernel;
using static InfraDesigner.Simulation.Tests.Reachability.WorkedQuestionNetworks;

namespace InfraDesigner.Simulation.Tests.Reachability.Matrix;

/// <summary>The class-based judge must give the very matrix the pair-by-pair reference judge gives, cell by cell.</summary>
public class ClassJudgeTests
{
    private static readonly int[] Ports = [22, 80, 443, 2049, 3300];

    public static TheoryData<string> WorkedNetworks => ["zones-firewall", "zones-firewall-allowed", "zones-eai", "vlans-router", "vlans-firewall", "vlans-nothing", "vlans-no-gateways", "web-lb", "web-lb-degraded", "nas-share"];

    [Theory]
    [MemberData(nameof(WorkedNetworks))]
    public void Worked_question_networks_give_the_same_zone_and_element_matrices(string name)
    {
        var network = Worked(name);

        SameMatrices(network, new MatrixQuestion(Ports), name);
        SameMatrices(network, new MatrixQuestion(Ports, Protocol.Udp), name);
        SameMatrices(network, new MatrixQuestion([0], Protocol.Icmp), name);
        var ends = network.Devices.Where(d => d.Kind is not (DeviceKind.Switch or DeviceKind.Router or DeviceKind.L3Switch) && d.Interfaces.Any(i => i.Address is not null));
        SameMatrices(network, new MatrixQuestion(Ports, Elements: ends.Select(d => d.Name).ToArray()), name);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(50)]
    [InlineData(100)]
    [InlineData(150)]
    public void Random_networks_give_the_same_zone_and_element_matrices(int firstSeed)
    {
        for (var seed = firstSeed; seed < firstSeed + 50; seed++)
        {
            var (network, _) = RandomTopology.Generate(seed);
            var hosts = network.Devices.Where(d => d.Kind == DeviceKind.Host).Select(d => d.Name).ToArray();

            SameMatrices(network, new MatrixQuestion(Ports), $"seed {seed}");
            SameMatrices(network, new MatrixQuestion(Ports, Elements: hosts), $"seed {seed}");
        }
    }

    [Fact]
    public void Crowded_zones_where_many_hosts_share_a_forwarding_class_give_the_same_matrices()
    {
        for (var seed = 0; seed < 30; seed++)
        {
            var network = CrowdedZones(seed);
            var vms = network.Devices.Where(d => d.Kind == DeviceKind.VirtualMachine).Select(d => d.Name).ToArray();

            SameMatrices(network, new MatrixQuestion(Ports), $"crowded seed {seed}");
            SameMatrices(network, new MatrixQuestion(Ports, Elements: vms), $"crowded seed {seed}");
        }
    }

    /// <summary>
    /// Zones A and B of the worked network with a dozen VMs each on one subnet, and random rules naming single VMs,
    /// half subnets and zones, so that rule sides split the forwarding classes in every way.
    /// </summary>
    private static NetworkSnapshot CrowdedZones(int seed)
    {
        var random = new Random(seed);
        var names = Enumerable.Range(0, 12).Select(h => h % 2 == 0 ? $"a{h}" : $"b{h}").ToArray();
        AddressMatch Side(string zone, string subnet) => random.Next(4) switch
        {
            0 => AddressMatch.OfZone(zone),
            1 => AddressMatch.OfSubnet($"{subnet}.{random.Next(2) * 128}/25"),
            2 => AddressMatch.Any,
            _ => AddressMatch.OfDevice(names[random.Next(names.Length)]),
        };
        var network = ZonesFirewall(moreFirewall: f =>
        {
            for (var r = 0; r < 12; r++)
            {
                var forward = random.Next(2) == 0;
                var rule = new FirewallRule($"rule{r}", forward ? Side("A", "10.1.0") : Side("B", "10.2.0"), forward ? Side("B", "10.2.0") : Side("A", "10.1.0"),
                    Protocol.Tcp, random.Next(4) == 0 ? null : PortRange.Single(Ports[random.Next(Ports.Length)]), random.Next(3) == 0 ? RuleAction.Deny : RuleAction.Allow);
                f.Rule(rule);
            }
        });
        for (var h = 0; h < 12; h++)
        {
            var ports = Ports.Where(_ => random.Next(2) == 0).ToArray();
            void Listen(DeviceBuilder d) { foreach (var port in ports) d.Listen($"svc{port}", port); }
            var name = names[h];
            network = h % 2 == 0
                ? network.Vm(name, $"10.1.0.{20 + h * 10}/24", gateway: "10.1.0.1", on: ("sw-a", 10), zone: "A", configure: Listen)
                : network.Vm(name, $"10.2.0.{20 + h * 10}/24", gateway: "10.2.0.1", on: ("sw-b", 20), zone: "B", configure: Listen);
        }
        return network.Build();
    }

    private static void SameMatrices(NetworkSnapshot network, MatrixQuestion question, string label)
    {
        var expected = MatrixAnalyzer.Analyze(network, question, new PairJudge(network, question.Protocol));

        var actual = MatrixAnalyzer.Analyze(network, question);

        actual.Rows.ShouldBe(expected.Rows, label);
        actual.Cells.Count.ShouldBe(expected.Cells.Count, label);
        for (var c = 0; c < expected.Cells.Count; c++)
            actual.Cells[c].ShouldBe(expected.Cells[c], $"{label}: {question.Protocol} cell {c}");
    }

    private static NetworkSnapshot Worked(string name) => name switch
    {
        "zones-firewall" => ZonesFirewall().Build(),
        "zones-firewall-allowed" => ZonesFirewall(withAllowRule: true).Build(),
        "zones-eai" => ZonesEai(),
        "vlans-router" => Vlans(VlanJoin.Router),
        "vlans-firewall" => Vlans(VlanJoin.Firewall),
        "vlans-nothing" => Vlans(VlanJoin.Nothing),
        "vlans-no-gateways" => Vlans(VlanJoin.Router, gateways: false),
        "web-lb" => WebLb(),
        "web-lb-degraded" => WebLb(web2Healthy: false),
        "nas-share" => NasShare(),
        _ => throw new ArgumentException(name),
    };
}
