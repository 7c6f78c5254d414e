using InfraDesigner.Diagrams.Highlighting;
using InfraDesigner.Web.Components.Reachability;
using InfraDesigner.Web.Features.Reachability;

namespace InfraDesigner.Web.Components.Canvas;

/// <summary>
/// Turns a reachability answer into what the canvas draws. Links every path takes are drawn solid ("path-trunk"); links
/// only some paths take (ECMP, load-balancer pool members) dashed with the numbers of those paths ("path-branch"); the
/// reply's links thinner in their own colour ("path-return"). Each firewall that judged the flow is marked with its
/// rule, allow or deny; the last device is marked delivered or stopped.
/// </summary>
public static class PathDrawing
{
    public static DrawnPath Of(ReachabilityAnswer answer, TopologyDiagram view)
    {
        var links = new LinkFinder(view);
        var segments = new Dictionary<string, (HighlightSegment Segment, SortedSet<int> Paths)>();
        var nodes = new Dictionary<string, SortedSet<string>>();
        var routes = new List<IReadOnlyList<PacketHop>>();
        void Mark(string node, string css)
        {
            if (view.Diagram.GetNode(node) is null) return;
            if (!nodes.TryGetValue(node, out var classes)) nodes[node] = classes = [];
            classes.Add(css);
        }
        string? Travel(HopView from, HopView to, int path, bool back)
        {
            var link = links.Between(from, to);
            var id = $"{(back ? "r" : "f")}:{link ?? ""}:{from.Device}>{to.Device}";
            if (!segments.TryGetValue(id, out var entry))
                segments[id] = entry = (new HighlightSegment(id, from.Device, to.Device, link, back ? "path-return" : "path-trunk"), []);
            entry.Paths.Add(path);
            return id;
        }
        for (var p = 0; p < answer.Paths.Count; p++)
        {
            var path = answer.Paths[p];
            var stops = new List<PacketHop>();
            for (var h = 0; h < path.Hops.Count; h++)
            {
                Mark(path.Hops[h].Device, "path-node");
                stops.Add(new PacketHop(path.Hops[h].Device, h == 0 ? null : Travel(path.Hops[h - 1], path.Hops[h], p, back: false), new HopRef(p, h).Key));
            }
            Mark(path.Hops[^1].Device, path.Disposition == "Accepted" ? "path-delivered" : "path-stopped");
            var reply = path.Return?.Hops ?? [];
            for (var h = 1; h < reply.Count; h++)
            {
                Mark(reply[h].Device, "path-node");
                stops.Add(new PacketHop(reply[h].Device, Travel(reply[h - 1], reply[h], p, back: true), new HopRef(p, h, Return: true).Key));
            }
            routes.Add(stops);
        }
        if (answer.Paths.Count > 0) Mark(answer.Paths[0].Hops[0].Device, "path-source");
        var badges = FirewallMarks(answer).Select(mark =>
        {
            Mark(mark.Firewall, mark.Denied ? "path-deny" : "path-allow");
            return new HighlightBadge(mark.Firewall, mark.Text, mark.Denied ? "path-badge-deny" : "path-badge-allow");
        }).ToList();
        var drawn = segments.Values.Select(s => Branch(s.Segment, s.Paths, answer.Paths.Count)).ToList();
        return new DrawnPath(
            new DiagramHighlight(nodes.ToDictionary(n => n.Key, n => string.Join(' ', n.Value)), drawn, badges),
            routes);
    }

    /// <summary>A forward link not every path takes is a branch, labelled with the paths (1-based) that take it.</summary>
    private static HighlightSegment Branch(HighlightSegment segment, SortedSet<int> paths, int count) =>
        segment.CssClass == "path-trunk" && paths.Count < count
            ? segment with { CssClass = "path-branch", Label = string.Join(",", paths.Select(p => p + 1)) }
            : segment;

    private sealed record FirewallMark(string Firewall, string Text, bool Denied);

    /// <summary>Each firewall that judged the request on some path, with the rule(s) it matched; deny wins the colour.</summary>
    private static IEnumerable<FirewallMark> FirewallMarks(ReachabilityAnswer answer) =>
        answer.Paths.SelectMany(p => p.Hops).SelectMany(h => h.Steps).Select(s => s.Rule).OfType<RuleView>()
            .Where(r => !r.ByState)
            .GroupBy(r => r.Firewall)
            .Select(g =>
            {
                var rules = g.DistinctBy(r => (r.Rule, r.Number, r.Action)).ToList();
                return new FirewallMark(g.Key, string.Join(" / ", rules.Select(RuleLabel)), rules.Any(r => r.Action == "deny"));
            });

    public static string RuleLabel(RuleView rule) =>
        (rule.Action == "deny" ? "✕ deny · " : "✓ allow · ") + (rule.IsDefault ? "default rule" : $"#{rule.Number} {rule.Rule}");
}
