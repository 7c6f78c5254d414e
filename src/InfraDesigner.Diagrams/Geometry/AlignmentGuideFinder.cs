namespace InfraDesigner.Diagrams.Geometry;

/// <summary>
/// Snaps a moved rectangle to the left/centre/right and top/middle/bottom lines of other rectangles
/// when one is within <see cref="Threshold"/>, and reports the guides to draw. The browser draws the
/// same guides live; this class decides the final position on drop.
/// </summary>
public sealed class AlignmentGuideFinder(double threshold)
{
    public double Threshold { get; } = threshold;

    public AlignmentResult Align(Rect moving, double dx, double dy, IEnumerable<Rect> others)
    {
        var candidates = others.ToList();
        var moved = moving.Offset(dx, dy);
        var snapX = Nearest(Lines(moved, vertical: true), candidates.SelectMany(o => Lines(o, vertical: true)));
        var snapY = Nearest(Lines(moved, vertical: false), candidates.SelectMany(o => Lines(o, vertical: false)));
        var finalDx = dx + (snapX ?? 0);
        var finalDy = dy + (snapY ?? 0);
        var final = moving.Offset(finalDx, finalDy);
        var guides = new List<AlignmentGuide>();
        if (snapX is not null)
            guides.AddRange(GuidesFor(final, candidates, vertical: true));
        if (snapY is not null)
            guides.AddRange(GuidesFor(final, candidates, vertical: false));
        return new AlignmentResult(finalDx, finalDy, guides);
    }

    private static double[] Lines(Rect r, bool vertical) =>
        vertical ? [r.Left, r.CenterX, r.Right] : [r.Top, r.CenterY, r.Bottom];

    private double? Nearest(double[] own, IEnumerable<double> targets)
    {
        double? best = null;
        foreach (var target in targets)
        foreach (var line in own)
        {
            var delta = target - line;
            if (Math.Abs(delta) <= Threshold && (best is null || Math.Abs(delta) < Math.Abs(best.Value)))
                best = delta;
        }
        return best;
    }

    private static IEnumerable<AlignmentGuide> GuidesFor(Rect final, List<Rect> others, bool vertical)
    {
        const double Tolerance = 0.5;
        foreach (var line in Lines(final, vertical).Distinct())
        {
            var matching = others.Where(o => Lines(o, vertical).Any(l => Math.Abs(l - line) < Tolerance)).ToList();
            if (matching.Count == 0)
                continue;
            var span = matching.Aggregate(final, (acc, r) => acc.Union(r));
            yield return vertical
                ? new AlignmentGuide(GuideOrientation.Vertical, line, span.Top, span.Bottom)
                : new AlignmentGuide(GuideOrientation.Horizontal, line, span.Left, span.Right);
        }
    }
}
