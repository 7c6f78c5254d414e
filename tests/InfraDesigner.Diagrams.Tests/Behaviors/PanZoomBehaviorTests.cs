using InfraDesigner.Diagrams.Behaviors;
using InfraDesigner.Diagrams.Geometry;

namespace InfraDesigner.Diagrams.Tests.Behaviors;

public class PanZoomBehaviorTests
{
    private readonly Diagram _diagram = TestDiagram.Create(o => o with { MinZoom = 0.25, MaxZoom = 2 });
    private readonly PanZoomBehavior _panZoom = new();

    [Fact]
    public void Zoom_to_fit_shows_every_node()
    {
        _diagram.CanvasSize = new Size(800, 600);
        _diagram.Node("a", -500, -200);
        _diagram.Node("b", 1500, 900);

        _panZoom.ZoomToFit(_diagram);

        var visible = _diagram.Viewport.VisibleWorld(_diagram.CanvasSize);
        foreach (var node in _diagram.Nodes)
            visible.Contains(node.Bounds).ShouldBeTrue();
    }

    [Fact]
    public void Zooming_stops_at_the_limits()
    {
        for (var i = 0; i < 20; i++)
            _panZoom.ZoomIn(_diagram);
        _diagram.Viewport.Zoom.ShouldBe(2);
        for (var i = 0; i < 40; i++)
            _panZoom.ZoomOut(_diagram);
        _diagram.Viewport.Zoom.ShouldBe(0.25);
    }

    [Fact]
    public void Zooming_with_the_buttons_keeps_the_canvas_centre_in_place()
    {
        _diagram.CanvasSize = new Size(800, 600);
        var centre = new Point(400, 300);
        var before = _diagram.Viewport.ScreenToWorld(centre);

        _panZoom.ZoomIn(_diagram);

        _diagram.Viewport.ScreenToWorld(centre).X.ShouldBe(before.X, 1e-9);
    }

    [Fact]
    public void Centring_on_a_point_puts_it_in_the_middle_of_the_canvas()
    {
        _diagram.CanvasSize = new Size(800, 600);

        _panZoom.CenterOn(_diagram, new Point(1000, 1000));

        _diagram.Viewport.WorldToScreen(new Point(1000, 1000)).ShouldBe(new Point(400, 300));
    }
}
