using InfraDesigner.Diagrams.Behaviors;
using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams.Tests.Behaviors;

public class SelectionBehaviorTests
{
    private readonly Diagram _diagram = TestDiagram.Create();
    private readonly SelectionBehavior _selection = new();

    [Fact]
    public void A_click_selects_only_the_clicked_node()
    {
        var a = _diagram.Node("a", 0, 0);
        var b = _diagram.Node("b", 200, 0);
        _diagram.Select([a]);

        _selection.Click(_diagram, b, toggle: false);

        _diagram.SelectedNodes.ShouldBe([b]);
    }

    [Fact]
    public void A_shift_or_ctrl_click_toggles_a_node_in_and_out_of_the_selection()
    {
        var a = _diagram.Node("a", 0, 0);
        var b = _diagram.Node("b", 200, 0);
        _selection.Click(_diagram, a, toggle: false);

        _selection.Click(_diagram, b, toggle: true);
        _diagram.SelectedNodes.ShouldBe([a, b]);
        _selection.Click(_diagram, a, toggle: true);
        _diagram.SelectedNodes.ShouldBe([b]);
    }

    [Fact]
    public void A_click_on_empty_space_clears_the_selection()
    {
        var a = _diagram.Node("a", 0, 0);
        _diagram.Select([a]);

        _selection.Click(_diagram, null, toggle: false);

        _diagram.SelectedNodes.ShouldBeEmpty();
    }

    [Fact]
    public void A_box_selects_the_nodes_wholly_inside_it_only()
    {
        var inside = _diagram.Node("inside", 10, 10, 50, 50);
        _diagram.Node("straddling", 90, 10, 50, 50);
        _diagram.Node("outside", 500, 500, 50, 50);

        _selection.BoxSelect(_diagram, new Rect(0, 0, 100, 100), additive: false);

        _diagram.SelectedNodes.ShouldBe([inside]);
    }

    [Fact]
    public void An_additive_box_keeps_the_previous_selection()
    {
        var earlier = _diagram.Node("earlier", 500, 500, 50, 50);
        var inside = _diagram.Node("inside", 10, 10, 50, 50);
        _diagram.Select([earlier]);

        _selection.BoxSelect(_diagram, new Rect(0, 0, 100, 100), additive: true);

        _diagram.SelectedNodes.ShouldBe([earlier, inside], ignoreOrder: true);
    }

    [Fact]
    public void Nodes_hidden_in_a_collapsed_group_are_not_hit()
    {
        var host = _diagram.AddGroup(new GroupModel("host", new Point(0, 0), new Size(400, 400)) { AutoSize = false });
        _diagram.Node("vm", 10, 40, 50, 50, host);
        _diagram.SetCollapsed(host, true);

        SelectionBehavior.HitTest(_diagram, new Rect(0, 0, 100, 100)).ShouldBeEmpty();
    }
}
