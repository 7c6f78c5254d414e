using InfraDesigner.Diagrams.Behaviors;
using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;
using InfraDesigner.Diagrams.Routing;

namespace InfraDesigner.Diagrams.Tests.Behaviors;

public class GestureHandlerTests
{
    private readonly Diagram _diagram = TestDiagram.Create();

    private bool Send(CanvasGesture gesture) => _diagram.Behaviors.Gestures.Handle(_diagram, gesture);

    [Fact]
    public void A_move_gesture_selects_and_moves_the_grabbed_node()
    {
        var a = _diagram.Node("a", 0, 0);

        Send(new CanvasGesture("move", NodeId: "a", Dx: 30, Dy: 10)).ShouldBeTrue();

        a.Position.ShouldBe(new Point(30, 10));
        a.Selected.ShouldBeTrue();
    }

    [Fact]
    public void A_move_of_an_unknown_node_is_refused_so_the_browser_puts_it_back() =>
        Send(new CanvasGesture("move", NodeId: "gone", Dx: 30)).ShouldBeFalse();

    [Fact]
    public void A_viewport_gesture_sets_the_viewport_within_the_zoom_limits()
    {
        Send(new CanvasGesture("viewport", PanX: 10, PanY: 20, Zoom: 100));

        _diagram.Viewport.ShouldBe(new Viewport(10, 20, _diagram.Options.MaxZoom));
    }

    [Fact]
    public void A_connect_gesture_dropped_on_a_node_uses_its_port_nearest_the_drop_point()
    {
        var vm = _diagram.Node("vm", 0, 0, 100, 50).WithPorts();
        var sw = _diagram.Node("sw", 400, 0, 100, 50).WithPorts();

        Send(new CanvasGesture("connect", NodeId: "vm", PortId: "vm-Right", TargetNodeId: "sw", X: 405, Y: 20));

        var link = _diagram.Links.ShouldHaveSingleItem();
        link.Source.Port.ShouldBeSameAs(vm.GetPort(PortAlignment.Right));
        link.Target.Port.ShouldBeSameAs(sw.GetPort(PortAlignment.Left));
    }

    [Fact]
    public void A_connect_gesture_dropped_on_empty_space_is_refused_with_a_reason()
    {
        _diagram.Node("vm", 0, 0, 100, 50).WithPorts();
        LinkRefusal? refusal = null;
        _diagram.LinkRefused += r => refusal = r;

        Send(new CanvasGesture("connect", NodeId: "vm", PortId: "vm-Right", X: 700, Y: 700));

        _diagram.Links.ShouldBeEmpty();
        refusal.ShouldNotBeNull().Target.ShouldBeNull();
    }

    [Fact]
    public void A_connect_gesture_from_a_nodes_edge_dropped_on_a_node_links_the_two_nodes()
    {
        var vm = _diagram.Node("vm", 0, 0, 100, 50).WithPorts();
        var sw = _diagram.Node("sw", 400, 0, 100, 50).WithPorts();
        (LinkEnd Source, LinkEnd Target)? validated = null;
        _diagram.LinkValidator = (s, t) => { validated = (s, t); return LinkValidation.Ok; };

        Send(new CanvasGesture("connect", NodeId: "vm", TargetNodeId: "sw", X: 450, Y: 25));

        var link = _diagram.Links.ShouldHaveSingleItem();
        link.Source.ShouldBe(LinkEnd.Of(vm));
        link.Target.ShouldBe(LinkEnd.Of(sw));
        validated.ShouldBe((LinkEnd.Of(vm), LinkEnd.Of(sw)));
        _diagram.Undo();
        _diagram.Links.ShouldBeEmpty();
    }

    [Fact]
    public void A_connect_gesture_from_a_nodes_edge_dropped_on_a_port_ends_on_that_port()
    {
        var vm = _diagram.Node("vm", 0, 0, 100, 50);
        var sw = _diagram.Node("sw", 400, 0, 100, 50).WithPorts();

        Send(new CanvasGesture("connect", NodeId: "vm", TargetNodeId: "sw", TargetPortId: "sw-Top", X: 450, Y: 0));

        var link = _diagram.Links.ShouldHaveSingleItem();
        link.Source.ShouldBe(LinkEnd.Of(vm));
        link.Target.Port.ShouldBeSameAs(sw.GetPort(PortAlignment.Top));
    }

    [Fact]
    public void A_connect_gesture_from_a_nodes_edge_back_onto_itself_is_refused()
    {
        _diagram.Node("vm", 0, 0, 100, 50);
        LinkRefusal? refusal = null;
        _diagram.LinkRefused += r => refusal = r;

        Send(new CanvasGesture("connect", NodeId: "vm", TargetNodeId: "vm", X: 50, Y: 25));

        _diagram.Links.ShouldBeEmpty();
        refusal.ShouldNotBeNull().Reason.ShouldBe("A node cannot be linked to itself.");
    }

    [Fact]
    public void A_size_gesture_keeps_the_world_point_at_the_centre_of_the_canvas()
    {
        _diagram.Node("a", 0, 0, 100, 50);
        Send(new CanvasGesture("size", Width: 1000, Height: 600));
        _diagram.SetViewport(new Viewport(-2000, -2000, 1));
        var centre = _diagram.Viewport.ScreenToWorld(new Point(500, 300));

        Send(new CanvasGesture("size", Width: 700, Height: 600));

        _diagram.CanvasSize.ShouldBe(new Size(700, 600));
        _diagram.Viewport.ScreenToWorld(new Point(350, 300)).ShouldBe(centre);
    }

    [Fact]
    public void A_resize_gesture_snaps_the_size_to_the_grid()
    {
        var diagram = TestDiagram.Create(o => o with { SnapToGrid = true, GridSize = 20 });
        var a = diagram.Node("a", 0, 0, 100, 60);

        diagram.Behaviors.Gestures.Handle(diagram, new CanvasGesture("resize", NodeId: "a", Width: 151, Height: 68)).ShouldBeTrue();

        a.Size.ShouldBe(new Size(160, 60));
    }

    [Fact]
    public void A_box_gesture_selects_and_a_click_on_nothing_clears()
    {
        var a = _diagram.Node("a", 10, 10, 20, 20);

        Send(new CanvasGesture("box", X: 0, Y: 0, Width: 50, Height: 50));
        a.Selected.ShouldBeTrue();
        Send(new CanvasGesture("click"));
        a.Selected.ShouldBeFalse();
    }

    [Fact]
    public void A_key_gesture_runs_the_shortcut()
    {
        _diagram.Node("a", 0, 0);

        Send(new CanvasGesture("key", Key: "z", Ctrl: true)).ShouldBeTrue();

        _diagram.Nodes.ShouldBeEmpty();
    }

    [Fact]
    public void A_size_gesture_records_the_canvas_size()
    {
        Send(new CanvasGesture("size", Width: 1024, Height: 700));

        _diagram.CanvasSize.ShouldBe(new Size(1024, 700));
    }
}
