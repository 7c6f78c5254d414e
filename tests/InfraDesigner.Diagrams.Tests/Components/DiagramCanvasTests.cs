using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams.Tests.Components;

public class DiagramCanvasTests
{
    [Fact]
    public async Task Groups_links_and_nodes_are_drawn_in_their_layers()
    {
        var diagram = TestDiagram.Create();
        var host = diagram.AddGroup(new GroupModel("host"));
        var vm = diagram.Node("vm", 0, 0, group: host).WithPorts();
        var sw = diagram.Node("sw", 400, 0).WithPorts();
        var link = diagram.AddLink(new LinkModel(vm.GetPort(PortAlignment.Right)!, sw.GetPort(PortAlignment.Left)!, "l"));
        diagram.SetLinkLabel(link, "vlan 10");
        await using var canvas = new CanvasRenderer();

        var page = await canvas.RenderAsync(diagram);

        page.QuerySelector(".dg-groups-layer [data-node-id=host]").ShouldNotBeNull().GetAttribute("data-parents").ShouldBe("");
        page.QuerySelector(".dg-nodes-layer [data-node-id=vm]").ShouldNotBeNull().GetAttribute("data-parents").ShouldBe("host");
        page.QuerySelectorAll(".dg-nodes-layer [data-port-id]").Length.ShouldBe(8);
        var drawn = page.QuerySelector(".dg-links-layer [data-link-id=l]").ShouldNotBeNull();
        drawn.GetAttribute("data-source").ShouldBe("vm");
        drawn.QuerySelector(".dg-link-path")!.GetAttribute("d").ShouldStartWith("M 100 25");
        drawn.QuerySelector("text")!.TextContent.ShouldBe("vlan 10");
    }

    [Fact]
    public async Task The_world_carries_the_viewport_for_the_browser_module()
    {
        var diagram = TestDiagram.Create();
        diagram.SetViewport(new Viewport(12.5, -30, 1.5));
        await using var canvas = new CanvasRenderer();

        var world = (await canvas.RenderAsync(diagram)).QuerySelector(".dg-world")!;

        world.GetAttribute("data-pan-x").ShouldBe("12.5");
        world.GetAttribute("data-zoom").ShouldBe("1.5");
        world.GetAttribute("style")!.ShouldContain("translate(12.5px, -30px) scale(1.5)");
    }

    [Fact]
    public async Task A_registered_component_draws_its_node_type()
    {
        var diagram = TestDiagram.Create();
        diagram.RegisterComponent<CountedNode, CountingNodeWidget>();
        var node = diagram.AddNode(new CountedNode("vm") { Data = null });
        diagram.SetData(node, new RenderCount());
        diagram.SetTitle(node, "vm-01");
        diagram.Node("plain", 300, 0);
        await using var canvas = new CanvasRenderer();

        var page = await canvas.RenderAsync(diagram);

        page.QuerySelector("[data-node-id=vm] .counting")!.TextContent.ShouldBe("vm-01");
        page.QuerySelector("[data-node-id=plain] .counting").ShouldBeNull();
    }

    [Fact]
    public async Task Moving_one_node_re_renders_that_node_only()
    {
        var diagram = TestDiagram.Create();
        diagram.RegisterComponent<CountedNode, CountingNodeWidget>();
        var moved = diagram.AddNode(new CountedNode("moved"));
        var still = diagram.AddNode(new CountedNode("still"));
        using (diagram.UndoStack.Suspend())
        {
            diagram.SetData(moved, new RenderCount());
            diagram.SetData(still, new RenderCount());
        }
        await using var canvas = new CanvasRenderer();
        await canvas.RenderAsync(diagram);

        await canvas.ChangeAsync(() => diagram.MoveNodes([moved], 100, 0));
        var page = await canvas.MarkupAsync();

        ((RenderCount)moved.Data!).Value.ShouldBe(2);
        ((RenderCount)still.Data!).Value.ShouldBe(1);
        page.QuerySelector("[data-node-id=moved]")!.GetAttribute("style")!.ShouldContain("left:100px");
    }

    [Fact]
    public async Task On_a_large_diagram_only_nodes_near_the_viewport_are_in_the_markup()
    {
        var diagram = TestDiagram.Create(o => o with { VirtualizationThreshold = 100, VirtualizationMargin = 0 });
        diagram.SetCanvasSize(new Size(1000, 800));
        using (diagram.UndoStack.Suspend())
            for (var i = 0; i < 1000; i++)
                diagram.Node($"n{i}", i % 50 * 200, i / 50 * 100, 100, 50);
        await using var canvas = new CanvasRenderer();

        var page = await canvas.RenderAsync(diagram);

        page.QuerySelectorAll("[data-node-id]").Length.ShouldBe(5 * 8);
    }

    [Fact]
    public async Task The_selected_node_shows_a_resize_handle()
    {
        var diagram = TestDiagram.Create();
        var a = diagram.Node("a", 0, 0);
        diagram.Node("b", 300, 0);
        diagram.Select([a]);
        await using var canvas = new CanvasRenderer();

        var page = await canvas.RenderAsync(diagram);

        page.QuerySelectorAll(".dg-resize").Length.ShouldBe(1);
        page.QuerySelector("[data-node-id=a]")!.ClassList.ShouldContain("selected");
    }

    [Fact]
    public async Task A_large_diagram_seen_from_far_away_draws_plain_boxes_and_full_nodes_again_when_zoomed_in()
    {
        var diagram = TestDiagram.Create(o => o with { VirtualizationThreshold = 10, SimplifyBelowZoom = 0.4 });
        using (diagram.UndoStack.Suspend())
            for (var i = 0; i < 20; i++)
                diagram.Node($"n{i}", i * 200, 0).WithPorts();
        diagram.SetCanvasSize(new Size(1000, 800));
        diagram.SetViewport(new Viewport(0, 0, 0.2));
        await using var canvas = new CanvasRenderer();

        var far = await canvas.RenderAsync(diagram);
        far.QuerySelectorAll(".dg-node-simple").Length.ShouldBe(20);
        far.QuerySelectorAll(".dg-port").ShouldBeEmpty();

        await canvas.ChangeAsync(() => diagram.SetViewport(new Viewport(0, 0, 1)));
        var near = await canvas.MarkupAsync();
        near.QuerySelectorAll(".dg-node-simple").ShouldBeEmpty();
        near.QuerySelectorAll(".dg-node-widget").Length.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Nodes_offer_their_four_edges_for_drawing_links_unless_they_opt_out()
    {
        var diagram = TestDiagram.Create();
        diagram.Node("vm", 0, 0);
        diagram.AddNode(new BackgroundNode("backdrop"));
        await using var canvas = new CanvasRenderer();

        var page = await canvas.RenderAsync(diagram);

        page.QuerySelectorAll("[data-node-id=vm] > .dg-edge").Length.ShouldBe(4);
        page.QuerySelectorAll("[data-node-id=backdrop] .dg-edge").ShouldBeEmpty();
    }

    private sealed class BackgroundNode(string id) : NodeModel(id)
    {
        public override bool ConnectsFromEdge => false;
    }
}
