using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams.Tests.Components;

public class MinimapTests
{
    [Fact]
    public async Task The_minimap_shows_every_node_even_when_the_canvas_renders_only_some()
    {
        var diagram = TestDiagram.Create(o => o with { VirtualizationThreshold = 10, VirtualizationMargin = 0 });
        diagram.SetCanvasSize(new Size(400, 300));
        using (diagram.UndoStack.Suspend())
            for (var i = 0; i < 40; i++)
                diagram.Node($"n{i}", i * 300, 0);
        await using var canvas = new CanvasRenderer();

        var page = await canvas.RenderAsync(diagram, withOverlays: true);

        page.QuerySelectorAll(".dg-minimap-node").Length.ShouldBe(40);
        page.QuerySelectorAll(".dg-nodes-layer [data-node-id]").Length.ShouldBe(2);
    }

    [Fact]
    public async Task The_minimap_and_zoom_level_follow_changes_of_the_diagram()
    {
        var diagram = TestDiagram.Create();
        var a = diagram.Node("a", 0, 0);
        await using var canvas = new CanvasRenderer();
        await canvas.RenderAsync(diagram, withOverlays: true);

        await canvas.ChangeAsync(() =>
        {
            diagram.Select([a]);
            diagram.SetViewport(new Viewport(0, 0, 2));
        });
        var page = await canvas.MarkupAsync();

        page.QuerySelectorAll(".dg-minimap-node.selected").Length.ShouldBe(1);
        page.QuerySelector(".dg-zoom-level")!.TextContent.ShouldBe("200%");
    }

    [Fact]
    public async Task Collapsing_a_group_hides_what_it_holds_from_the_minimap_and_shrinks_the_group()
    {
        var diagram = TestDiagram.Create();
        var host = diagram.AddGroup(new GroupModel("host"));
        diagram.Node("vm-1", 100, 100, group: host);
        diagram.Node("vm-2", 100, 300, group: host);
        diagram.Node("outside", 600, 100);
        await using var canvas = new CanvasRenderer();
        await canvas.RenderAsync(diagram, withOverlays: true);
        var expanded = Height(await canvas.MarkupAsync());

        await canvas.ChangeAsync(() => diagram.SetCollapsed(host, true));
        var page = await canvas.MarkupAsync();

        page.QuerySelectorAll(".dg-minimap-node").Length.ShouldBe(1);
        page.QuerySelectorAll(".dg-minimap-group").Length.ShouldBe(1);
        Height(page).ShouldBeLessThan(expanded / 3);
    }

    [Fact]
    public async Task Nodes_inside_a_collapsed_frame_of_a_frame_stay_off_the_minimap()
    {
        var diagram = TestDiagram.Create();
        var cluster = diagram.AddGroup(new GroupModel("cluster"));
        var host = diagram.AddGroup(new GroupModel("host"), cluster);
        diagram.Node("vm", 100, 100, group: host);
        diagram.SetCollapsed(cluster, true);
        await using var canvas = new CanvasRenderer();

        var page = await canvas.RenderAsync(diagram, withOverlays: true);

        page.QuerySelectorAll(".dg-minimap-node").Length.ShouldBe(0);
        page.QuerySelectorAll(".dg-minimap-group").Length.ShouldBe(1);
    }

    [Fact]
    public async Task A_frame_around_a_collapsed_group_shrinks_with_it_on_the_minimap()
    {
        var diagram = TestDiagram.Create();
        var cluster = diagram.AddGroup(new GroupModel("cluster"));
        var host = diagram.AddGroup(new GroupModel("host"), cluster);
        diagram.Node("vm-1", 100, 100, group: host);
        diagram.Node("vm-2", 100, 400, group: host);
        var expanded = cluster.Bounds.Height;
        await using var canvas = new CanvasRenderer();
        await canvas.RenderAsync(diagram, withOverlays: true);

        await canvas.ChangeAsync(() => diagram.SetCollapsed(host, true));
        var page = await canvas.MarkupAsync();

        cluster.Bounds.Height.ShouldBeLessThan(expanded / 3);
        cluster.Bounds.Contains(host.Bounds).ShouldBeTrue();
        page.QuerySelectorAll(".dg-minimap-group").Length.ShouldBe(2);
        page.QuerySelectorAll(".dg-minimap-node").Length.ShouldBe(0);
    }

    /// <summary>The drawn height of the only group, in heights of a plain node (both drawn at the minimap's scale).</summary>
    private static double Height(AngleSharp.Dom.IDocument page)
    {
        double HeightOf(string selector) =>
            double.Parse(page.QuerySelector(selector)!.GetAttribute("height")!, System.Globalization.CultureInfo.InvariantCulture);
        return HeightOf(".dg-minimap-group") / HeightOf(".dg-minimap-node");
    }
}
