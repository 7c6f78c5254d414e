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
        _diagram.SetCanvasSize(new Size(800, 600));
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
        _diagram.SetCanvasSize(new Size(800, 600));
        var centre = new Point(400, 300);
        var before = _diagram.Viewport.ScreenToWorld(centre);

        _panZoom.ZoomIn(_diagram);

        _diagram.Viewport.ScreenToWorld(centre).X.ShouldBe(before.X, 1e-9);
    }

    [Fact]
    public void Centring_on_a_point_puts_it_in_the_middle_of_the_canvas()
    {
        _diagram.SetCanvasSize(new Size(800, 600));

        _panZoom.CenterOn(_diagram, new Point(1000, 1000));

        _diagram.Viewport.WorldToScreen(new Point(1000, 1000)).ShouldBe(new Point(400, 300));
    }

    [Fact]
    public void The_first_measured_size_leaves_the_viewport_as_it_is()
    {
        var diagram = TestDiagram.Create();
        diagram.SetViewport(new Viewport(10, 20, 1));

        _panZoom.Resize(diagram, new Size(640, 480));

        diagram.CanvasMeasured.ShouldBeTrue();
        diagram.Viewport.ShouldBe(new Viewport(10, 20, 1));
    }

    [Fact]
    public void A_drawing_that_was_all_in_view_is_fitted_again_when_the_canvas_narrows()
    {
        _panZoom.Resize(_diagram, new Size(1200, 600));
        _diagram.Node("a", 0, 0);
        _diagram.Node("b", 1000, 400);
        _panZoom.ZoomToFit(_diagram);

        _panZoom.Resize(_diagram, new Size(700, 600));

        var visible = _diagram.Viewport.VisibleWorld(_diagram.CanvasSize);
        foreach (var node in _diagram.Nodes)
            visible.Contains(node.Bounds).ShouldBeTrue();
    }

    [Fact]
    public void Widening_the_canvas_keeps_the_zoom()
    {
        _panZoom.Resize(_diagram, new Size(700, 600));
        _diagram.Node("a", 0, 0);
        _diagram.SetViewport(new Viewport(0, 0, 1.5));

        _panZoom.Resize(_diagram, new Size(1200, 600));

        _diagram.Viewport.ShouldBe(new Viewport(250, 0, 1.5));
    }
}
