using InfraDesigner.Domain.Samples;
using InfraDesigner.Web.Components.Canvas;
using InfraDesigner.Web.Features.Reachability;
using InfraDesigner.Web.Tests.Features.Editing;

namespace InfraDesigner.Web.Tests.Components.Canvas;

/// <summary>Real answers of the engine on the samples, turned into what the canvas draws.</summary>
public sealed class PathDrawingTests : EditingTestBase
{
    private async Task<(DrawnPath Drawn, ReachabilityAnswer Answer)> DrawAsync(string sample, string from, string to, int port)
    {
        var topology = SampleTopologies.Get(sample).Topology;
        var id = await CreateAsync(topology);
        var answer = (await SendAsync(new TraceReachability(id, from, to, port, "tcp")))!;
        var view = new TopologyDiagram();
        view.Load(topology);
        return (PathDrawing.Of(answer, view), answer);
    }

    [Fact]
    public async Task Pool_members_are_numbered_branches_after_a_shared_trunk_and_the_firewall_is_marked_allow()
    {
        var (drawn, _) = await DrawAsync("web-lb", "user", "lb", 443);

        var segments = drawn.Highlight.Segments;
        segments.Where(s => s.CssClass == "path-branch").Select(s => (s.To, s.Label)).ShouldBe([("web1", "1"), ("web2", "2"), ("web3", "3")], ignoreOrder: true);
        segments.Where(s => s.CssClass == "path-trunk").Select(s => s.To).ShouldBe(["fw-edge", "router", "lb", "sw-web"], ignoreOrder: true);
        segments.ShouldAllBe(s => s.LinkId != null);
        segments.Count(s => s.CssClass == "path-return").ShouldBeGreaterThan(0);
        drawn.Highlight.NodeClasses["fw-edge"].ShouldContain("path-allow");
        drawn.Highlight.NodeClasses["user"].ShouldContain("path-source");
        drawn.Highlight.Badges.ShouldHaveSingleItem().ShouldBe(new Diagrams.Highlighting.HighlightBadge("fw-edge", "✓ allow · #2 allow-https-in", "path-badge-allow"));
        drawn.Routes.Count.ShouldBe(3);
    }

    [Fact]
    public async Task A_denied_flow_stops_at_the_firewall_marked_deny_with_no_reply_and_each_stop_keys_its_hop()
    {
        var (drawn, answer) = await DrawAsync("zones-eai", "app-a", "sap", 3300);

        drawn.Highlight.NodeClasses["fw-ab"].Split(' ').ShouldBe(["path-deny", "path-node", "path-stopped"], ignoreOrder: true);
        drawn.Highlight.NodeClasses.Keys.ShouldNotContain("sap");
        drawn.Highlight.Badges.Single().Text.ShouldBe("✕ deny · #3 app-a-to-sap-denied");
        drawn.Highlight.Segments.ShouldNotContain(s => s.CssClass == "path-return");
        var stops = drawn.Routes.ShouldHaveSingleItem();
        stops.Select(s => s.Node).ShouldBe(answer.Paths[0].Hops.Select(h => h.Device));
        stops.Select(s => s.Key).ShouldBe(answer.Paths[0].Hops.Select((_, h) => $"0:{h}"));
        stops[0].Segment.ShouldBeNull();
        stops.Skip(1).ShouldAllBe(s => s.Segment != null);
    }
}
