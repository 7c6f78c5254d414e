using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams.Tests.Models;

public class DrawingOrderTests
{
    private static List<string> Drawn(Diagram diagram) => Diagram.InDrawingOrder(diagram.Nodes).Select(n => n.Id).ToList();

    [Fact]
    public void Nodes_are_drawn_in_the_order_they_were_added_until_restacked()
    {
        var diagram = TestDiagram.Create();
        diagram.Node("a", 0, 0);
        diagram.Node("b", 20, 20);
        diagram.Node("c", 40, 40);

        Drawn(diagram).ShouldBe(["a", "b", "c"]);
    }

    [Fact]
    public void Bring_to_front_draws_the_node_over_all_others_and_undo_puts_it_back()
    {
        var diagram = TestDiagram.Create();
        var a = diagram.Node("a", 0, 0);
        diagram.Node("b", 20, 20);
        diagram.Node("c", 40, 40);

        diagram.BringToFront([a]);
        Drawn(diagram).ShouldBe(["b", "c", "a"]);

        diagram.Undo();
        Drawn(diagram).ShouldBe(["a", "b", "c"]);
    }

    [Fact]
    public void Send_to_back_keeps_the_order_within_the_selection_in_one_undo_step()
    {
        var diagram = TestDiagram.Create();
        diagram.Node("a", 0, 0);
        var b = diagram.Node("b", 20, 20);
        var c = diagram.Node("c", 40, 40);

        diagram.SendToBack([c, b]);
        Drawn(diagram).ShouldBe(["b", "c", "a"]);

        diagram.Undo();
        Drawn(diagram).ShouldBe(["a", "b", "c"]);
    }

    [Fact]
    public void Frames_restack_among_frames_and_a_restack_is_reported_for_the_host_to_store()
    {
        var diagram = TestDiagram.Create();
        var back = diagram.AddGroup(new GroupModel("zone-a", new Point(0, 0), new Size(300, 200)) { AutoSize = false });
        diagram.AddGroup(new GroupModel("zone-b", new Point(100, 100), new Size(300, 200)) { AutoSize = false });
        var reported = new List<(string, string)>();
        diagram.ElementChanged += (model, property) => reported.Add((model.Id, property));

        diagram.BringToFront([back]);

        Diagram.InDrawingOrder(diagram.Groups).Select(g => g.Id).ShouldBe(["zone-b", "zone-a"]);
        reported.ShouldContain(("zone-a", "Layer"));
    }

    [Fact]
    public void A_read_only_diagram_is_not_restacked()
    {
        var diagram = TestDiagram.Create(o => o with { ReadOnly = true });
        var a = diagram.Node("a", 0, 0);
        diagram.Node("b", 20, 20);

        diagram.BringToFront([a]);

        Drawn(diagram).ShouldBe(["a", "b"]);
    }
}
