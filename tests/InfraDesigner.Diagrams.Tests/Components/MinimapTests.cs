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
}
