using InfraDesigner.Simulation.Reachability.Matrix;
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
}
