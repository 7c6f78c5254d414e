using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;
using InfraDesigner.Diagrams.Rendering;

namespace InfraDesigner.Diagrams.Tests.Rendering;

public class VirtualizerTests
{
    private static Diagram Grid(int count, int threshold)
    {
        var diagram = TestDiagram.Create(o => o with { VirtualizationThreshold = threshold, VirtualizationMargin = 100 });
        diagram.SetCanvasSize(new Size(1000, 800));
        using (diagram.UndoStack.Suspend())
            for (var i = 0; i < count; i++)
                diagram.Node($"n{i}", i % 100 * 200, i / 100 * 100, 100, 50);
        return diagram;
    }

    [Fact]
    public void Small_diagrams_render_every_node()
    {
        var diagram = Grid(50, threshold: 300);

        Virtualizer.VisibleNodes(diagram, diagram.Nodes).Count().ShouldBe(50);
    }

    [Fact]
    public void Large_diagrams_render_only_the_nodes_meeting_the_viewport_and_its_margin()
    {
        var diagram = Grid(2000, threshold: 300);

        var visible = Virtualizer.VisibleNodes(diagram, diagram.Nodes).ToList();

        // World x in [-100, 1100) and y in [-100, 900): columns 0..5 and rows 0..8 (row 9 only touches the edge).
        visible.Count.ShouldBe(6 * 9);
        visible.ShouldAllBe(n => n.Position.X < 1100 && n.Position.Y < 900);
    }

    [Fact]
    public void Panning_and_zooming_change_which_nodes_are_rendered()
    {
        var diagram = Grid(2000, threshold: 300);
        diagram.SetViewport(new Viewport(-10000, -1000, 0.5));

        var visible = Virtualizer.VisibleNodes(diagram, diagram.Nodes).ToList();

        var area = new Rect(20000 - 200, 2000 - 200, 2000 + 400, 1600 + 400);
        visible.ShouldNotBeEmpty();
        visible.ShouldAllBe(n => n.Bounds.Intersects(area));
        diagram.Nodes.Where(n => n.Bounds.Intersects(area)).Count().ShouldBe(visible.Count);
    }

    [Fact]
    public void Large_diagrams_render_nothing_until_the_browser_has_measured_the_canvas()
    {
        var diagram = TestDiagram.Create(o => o with { VirtualizationThreshold = 300 });
        using (diagram.UndoStack.Suspend())
            for (var i = 0; i < 400; i++)
                diagram.Node($"n{i}", i * 10, 0).WithPorts();
        diagram.Link(diagram.GetNode("n0")!, diagram.GetNode("n1")!);

        Virtualizer.VisibleNodes(diagram, diagram.Nodes).ShouldBeEmpty();
        Virtualizer.VisibleLinks(diagram).ShouldBeEmpty();

        diagram.SetCanvasSize(new Size(1000, 800));
        Virtualizer.VisibleNodes(diagram, diagram.Nodes).ShouldNotBeEmpty();
        Virtualizer.VisibleLinks(diagram).ShouldHaveSingleItem();
    }

    [Fact]
    public void Nodes_in_a_collapsed_group_are_never_rendered()
    {
        var diagram = TestDiagram.Create();
        var host = diagram.AddGroup(new GroupModel("host"));
        diagram.Node("vm", 0, 0, group: host);
        diagram.SetCollapsed(host, true);

        Virtualizer.VisibleNodes(diagram, diagram.Nodes).ShouldBeEmpty();
    }

    [Fact]
    public void A_long_link_crossing_the_view_is_rendered_though_both_ends_are_off_screen()
    {
        var diagram = Grid(400, threshold: 300);
        var far1 = diagram.Node("far1", -5000, 400);
        var far2 = diagram.Node("far2", 5000, 400);
        var offView = diagram.Node("far3", 5000, 9000);
        var crossing = diagram.Link(far1, far2);
        var elsewhere = diagram.Link(far2, offView);

        var links = Virtualizer.VisibleLinks(diagram).ToList();

        links.ShouldContain(crossing);
        links.ShouldNotContain(elsewhere);
    }
}
