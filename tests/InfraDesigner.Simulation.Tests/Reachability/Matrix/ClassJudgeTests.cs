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
