using InfraDesigner.Diagrams.Export;
using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams.Routing;

/// <summary>
/// Puts link labels where they cover neither another label nor a box: each tries spots along its own
/// route, the most readable first (the middle of its longest horizontal run). A label with no free spot
/// is left out rather than printed over another; the link's colour and its tooltip still say it.
/// </summary>
public static class LinkLabelPlacement
{
    /// <summary>The label's font size on the canvas and in exports.</summary>
    public const double FontSize = 11;

    /// <summary>How far above the line the label's baseline sits.</summary>
    public const double Lift = 6;

    private const double Gap = 2;
    private static readonly double[] Fractions = [0.5, 0.25, 0.75];

    /// <summary>Where each labelled link's label goes (its anchor on the route), or null when it is left out.</summary>
    public static Dictionary<LinkModel, Point?> Place(IEnumerable<(LinkModel Link, IReadOnlyList<Point> Route)> links, IEnumerable<Rect> obstacles)
    {
        var taken = new RectGrid(obstacles);
        var placed = new Dictionary<LinkModel, Point?>();
        foreach (var (link, route) in links)
        {
            if (string.IsNullOrEmpty(link.Label)) continue;
            var width = TextFit.Width(link.Label, FontSize);
            var spot = Candidates(route).Cast<Point?>().FirstOrDefault(at => !taken.Hits(Box(at!.Value, width)));
            if (spot is { } at) taken.Add(Box(at, width));
            placed[link] = spot;
        }
        return placed;
    }

    /// <summary>What a diagram's labels must keep clear of: the boxes and the frames' title bars.</summary>
    public static IEnumerable<Rect> Obstacles(Diagram diagram) =>
        diagram.Nodes.Where(n => !n.IsHidden).Select(n => n.Bounds)
            .Concat(diagram.Groups.Where(g => !g.IsHidden).Select(g => g.Bounds with { Height = Math.Min(g.HeaderHeight, g.Size.Height) }));

    /// <summary>The room a label drawn at <paramref name="at"/> takes, with a little margin.</summary>
    public static Rect Box(Point at, double width) =>
        new(at.X - width / 2 - Gap, at.Y - Lift - FontSize * 0.8 - Gap, width + 2 * Gap, FontSize + 2 * Gap);

    /// <summary>Spots along horizontal runs, longest first, then along vertical ones.</summary>
    private static IEnumerable<Point> Candidates(IReadOnlyList<Point> route)
    {
        var segments = Enumerable.Range(1, Math.Max(0, route.Count - 1)).Select(i => (From: route[i - 1], To: route[i]))
            .Where(s => s.From.DistanceTo(s.To) > 0)
            .OrderByDescending(s => s.From.Y == s.To.Y)
            .ThenByDescending(s => s.From.DistanceTo(s.To));
        foreach (var (from, to) in segments)
            foreach (var f in Fractions)
                yield return new Point(from.X + (to.X - from.X) * f, from.Y + (to.Y - from.Y) * f);
        if (route.Count == 1) yield return route[0];
    }
}
