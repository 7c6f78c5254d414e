using InfraDesigner.Web.Features.Reachability;

namespace InfraDesigner.Web.Components.Canvas;

/// <summary>The drawn cable a packet took between two hops: the one joining the interface it left by and the one it came in by.</summary>
internal sealed class LinkFinder(TopologyDiagram view)
{
    private ILookup<(string, string), TopologyLink>? _byPair;

    /// <summary>The link id, or null when the two devices are not cabled to each other on the drawing.</summary>
    public string? Between(HopView from, HopView to)
    {
        _byPair ??= view.Diagram.Links.OfType<TopologyLink>()
            .SelectMany(l => new[] { ((l.Link.A.Element, l.Link.B.Element), l), ((l.Link.B.Element, l.Link.A.Element), l) })
            .ToLookup(x => x.Item1, x => x.l);
        var candidates = _byPair[(from.Device, to.Device)].ToList();
        if (candidates.Count <= 1) return candidates.FirstOrDefault()?.Id;
        var exit = from.Steps.LastOrDefault(s => s.Type == "exit-interface")?.Interface;
        var entry = to.Steps.FirstOrDefault(s => s.Type == "enter-interface")?.Interface;
        return (candidates.FirstOrDefault(l => Joins(l, from.Device, exit) && Joins(l, to.Device, entry)) ?? candidates[0]).Id;
    }

    private static bool Joins(TopologyLink link, string element, string? name) =>
        name is null || (link.Link.A.Element == element && link.Link.A.Interface == name) || (link.Link.B.Element == element && link.Link.B.Interface == name);
}
