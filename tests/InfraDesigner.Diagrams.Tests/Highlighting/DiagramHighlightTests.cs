using InfraDesigner.Diagrams.Behaviors;
using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Highlighting;

namespace InfraDesigner.Diagrams.Tests.Highlighting;

public class DiagramHighlightTests
{
    private readonly Diagram _diagram = TestDiagram.Create();

    private static DiagramHighlight Of(params (string Id, string Classes)[] nodes) =>
        new(nodes.ToDictionary(n => n.Id, n => n.Classes), [], []);

    [Fact]
    public void Only_nodes_whose_classes_change_render_again_and_the_diagram_says_it_changed()
    {
        var (a, b, c) = (_diagram.Node("a", 0, 0), _diagram.Node("b", 200, 0), _diagram.Node("c", 400, 0));
        _diagram.SetHighlight(Of(("a", "on"), ("b", "on")));
        var versions = (a.Version, b.Version, c.Version);
        var changed = 0;
        _diagram.Changed += () => changed++;

        _diagram.SetHighlight(Of(("a", "on"), ("b", "off")));

        (a.Version, b.Version, c.Version).ShouldBe((versions.Item1, versions.Item2 + 1, versions.Item3));
        _diagram.Highlight.ClassOf("b").ShouldBe("dg-hl off");
        _diagram.Highlight.ClassOf("c").ShouldBeNull();
        changed.ShouldBe(1);
        _diagram.ClearHighlight();
        _diagram.Highlight.IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void A_segment_over_a_link_runs_from_its_first_node_whichever_end_the_link_starts_at()
    {
        _diagram.Node("a", 0, 0);
        _diagram.Node("b", 400, 0);
        var link = _diagram.Link(_diagram.GetNode("a")!, _diagram.GetNode("b")!, "ab");

        var forward = SegmentGeometry.Points(_diagram, new HighlightSegment("f", "a", "b", link.Id, ""))!;
        var back = SegmentGeometry.Points(_diagram, new HighlightSegment("r", "b", "a", link.Id, ""))!;
        var jump = SegmentGeometry.Points(_diagram, new HighlightSegment("j", "a", "b", null, ""))!;

        forward[0].X.ShouldBeLessThan(forward[^1].X);
        back.ShouldBe(forward.Reverse());
        jump.ShouldBe([_diagram.GetNode("a")!.Bounds.Center, _diagram.GetNode("b")!.Bounds.Center]);
    }

    [Fact]
    public void Bring_into_view_leaves_a_visible_path_alone_and_scrolls_to_one_out_of_view()
    {
        var panZoom = new PanZoomBehavior();
        _diagram.SetCanvasSize(new Size(800, 600));
        var near = _diagram.Node("near", 100, 100);
        var far = _diagram.Node("far", 3000, 2000);
        var before = _diagram.Viewport;

        panZoom.BringIntoView(_diagram, [near]);
        _diagram.Viewport.ShouldBe(before);

        panZoom.BringIntoView(_diagram, [far]);
        _diagram.Viewport.VisibleWorld(_diagram.CanvasSize).Contains(far.Bounds).ShouldBeTrue();
        _diagram.Viewport.Zoom.ShouldBe(before.Zoom);
    }
}
