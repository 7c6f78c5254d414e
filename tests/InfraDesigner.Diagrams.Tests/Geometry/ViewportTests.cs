using InfraDesigner.Diagrams.Geometry;

namespace InfraDesigner.Diagrams.Tests.Geometry;

public class ViewportTests
{
    [Fact]
    public void Screen_and_world_coordinates_convert_both_ways()
    {
        var viewport = new Viewport(100, 50, 2);
        var world = new Point(10, 20);

        viewport.WorldToScreen(world).ShouldBe(new Point(120, 90));
        viewport.ScreenToWorld(new Point(120, 90)).ShouldBe(world);
    }

    [Fact]
    public void Zooming_at_a_screen_point_keeps_the_world_point_under_it()
    {
        var viewport = new Viewport(30, 40, 1);
        var anchor = new Point(200, 150);
        var before = viewport.ScreenToWorld(anchor);

        var zoomed = viewport.ZoomAt(anchor, 2.5);

        zoomed.Zoom.ShouldBe(2.5);
        zoomed.ScreenToWorld(anchor).X.ShouldBe(before.X, 1e-9);
        zoomed.ScreenToWorld(anchor).Y.ShouldBe(before.Y, 1e-9);
    }

    [Fact]
    public void Fit_shows_all_of_the_content_centred()
    {
        var content = new Rect(1000, 1000, 2000, 500);
        var screen = new Size(1000, 800);

        var fit = Viewport.Fit(content, screen, 50, 0.1, 4);

        fit.VisibleWorld(screen).Contains(content).ShouldBeTrue();
        fit.WorldToScreen(content.Center).ShouldBe(new Point(500, 400));
    }

    [Fact]
    public void Fit_respects_the_maximum_zoom() =>
        Viewport.Fit(new Rect(0, 0, 10, 10), new Size(1000, 800), 0, 0.1, 2).Zoom.ShouldBe(2);
}
