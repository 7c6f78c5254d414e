using InfraDesigner.Diagrams.Behaviors;
using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams.Tests.Behaviors;

public class ContextGestureTests
{
    private readonly Diagram _diagram = TestDiagram.Create();

    private bool Send(CanvasGesture gesture) => _diagram.Behaviors.Gestures.Handle(_diagram, gesture);

    [Fact]
    public void A_right_click_on_an_unselected_node_selects_only_it_and_asks_for_its_menu_there()
    {
        var a = _diagram.Node("a", 0, 0);
        var b = _diagram.Node("b", 200, 0);
        _diagram.Select([a]);
        (Model? Target, Point At)? asked = null;
        _diagram.ContextMenuRequested += (target, at) => asked = (target, at);

        Send(new CanvasGesture("contextmenu", NodeId: "b", X: 210, Y: 15)).ShouldBeTrue();

        asked.ShouldBe((b, new Point(210, 15)));
        _diagram.SelectedNodes.ShouldBe([b]);
    }

    [Fact]
    public void A_right_click_inside_the_selection_keeps_the_selection_so_the_menu_acts_on_all_of_it()
    {
        var a = _diagram.Node("a", 0, 0);
        var b = _diagram.Node("b", 200, 0);
        _diagram.Select([a, b]);

        Send(new CanvasGesture("contextmenu", NodeId: "b"));

        _diagram.SelectedNodes.ShouldBe([a, b], ignoreOrder: true);
    }

    [Fact]
    public void A_right_click_on_empty_space_asks_for_the_canvas_menu_and_keeps_the_selection()
    {
        var a = _diagram.Node("a", 0, 0);
        _diagram.Select([a]);
        var asked = false;
        _diagram.ContextMenuRequested += (target, _) => asked = target is null;

        Send(new CanvasGesture("contextmenu", X: 500, Y: 500));

        asked.ShouldBeTrue();
        a.Selected.ShouldBeTrue();
    }

    [Fact]
    public void A_double_click_names_the_node_and_an_unknown_node_is_ignored()
    {
        var a = _diagram.Node("a", 0, 0);
        var clicked = new List<NodeModel>();
        _diagram.NodeDoubleClicked += clicked.Add;

        Send(new CanvasGesture("doubleclick", NodeId: "a"));
        Send(new CanvasGesture("doubleclick", NodeId: "gone"));

        clicked.ShouldBe([a]);
    }
}
