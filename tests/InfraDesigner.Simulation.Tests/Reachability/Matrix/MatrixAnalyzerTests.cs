using InfraDesigner.Simulation.Reachability.Matrix;
using InfraDesigner.Simulation.Reachability.Model;
using InfraDesigner.Simulation.Tests.Reachability.Kernel;
using InfraDesigner.Simulation.Reachability.Tracing;
using static InfraDesigner.Simulation.Tests.Reachability.WorkedQuestionNetworks;

namespace InfraDesigner.Simulation.Tests.Reachability.Matrix;

public class MatrixAnalyzerTests
{
    [Fact]
    public void The_eai_policy_shows_as_a_zone_matrix()
    {
        var matrix = MatrixAnalyzer.Analyze(ZonesEai(), new MatrixQuestion([443, 3300]));

        matrix.Rows.ShouldBe(["A", "B", "INT"]);
        matrix.Cell("A", "INT", 443).Verdict.ShouldBe(CellVerdict.Allowed);
        matrix.Cell("INT", "B", 3300).Verdict.ShouldBe(CellVerdict.Allowed);
        var denied = matrix.Cell("A", "B", 3300);
        denied.Verdict.ShouldBe(CellVerdict.Denied);
        denied.Example!.ToString().ShouldBe("app-a -> sap:3300/tcp");
        denied.ExampleDisposition.ShouldBe(Disposition.DeniedOut);
        matrix.Cell("A", "B", 443).Verdict.ShouldBe(CellVerdict.NoFlows);
    }

    [Fact]
    public void A_zone_where_some_members_pass_and_others_do_not_is_partial()
    {
        var matrix = MatrixAnalyzer.Analyze(NasShare(), new MatrixQuestion([2049]));

        var cell = matrix.Cell("storage", "storage", 2049);
        cell.Verdict.ShouldBe(CellVerdict.Partial);
        cell.ExampleDisposition.ShouldBe(Disposition.RefusedByShareAcl);
    }

    [Fact]
    public void Element_mode_checks_each_chosen_pair()
    {
        var matrix = MatrixAnalyzer.Analyze(Vlans(VlanJoin.Router), new MatrixQuestion([22], Elements: ["PC1", "PC3"]));

        matrix.Cell("PC1", "PC3", 22).Verdict.ShouldBe(CellVerdict.Allowed);
        matrix.Cell("PC1", "PC1", 22).Verdict.ShouldBe(CellVerdict.NoFlows);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(50)]
    [InlineData(100)]
    [InlineData(150)]
    public void Replaying_one_skeleton_per_pair_gives_the_same_verdicts_as_tracing_every_port(int firstSeed)
    {
        for (var seed = firstSeed; seed < firstSeed + 50; seed++)
        {
            var (network, _) = RandomTopology.Generate(seed);
            var hosts = network.Devices.Where(d => d.Kind == DeviceKind.Host).Select(d => d.Name).ToArray();
            int[] ports = [22, 80, 443, 3300];

            var matrix = MatrixAnalyzer.Analyze(network, new MatrixQuestion(ports, Elements: hosts));

            foreach (var cell in matrix.Cells.Where(c => c.From != c.To))
            {
                var traced = TraceAnalyzer.Analyze(network, new TraceQuestion(cell.From, cell.To, Protocol.Tcp, cell.Port));
                cell.ExampleDisposition.ShouldBe(traced.Disposition, $"seed {seed}: {cell.From} -> {cell.To}:{cell.Port}");
            }
        }
    }
}
