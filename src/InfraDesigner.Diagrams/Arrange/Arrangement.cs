using InfraDesigner.Diagrams.Geometry;

namespace InfraDesigner.Diagrams.Arrange;

/// <summary>
/// Align and distribute, as drawing tools have them, computed on boxes: each answer is the new top-left
/// of every box, in the order given. Boxes never leave their area, and aligning never leaves two boxes
/// overlapping that did not before: those that would are pushed apart along the other axis, in the
/// order they had, <see cref="Gap"/> apart.
/// </summary>
public sealed class Arrangement(double gap = 20)
{
    public double Gap { get; } = gap;

    public IReadOnlyList<Point> Align(IReadOnlyList<ArrangeItem> items, AlignEdge edge)
    {
        if (items.Count < 2)
            return [.. items.Select(i => i.Box.TopLeft)];
        var across = edge is AlignEdge.Left or AlignEdge.Centre or AlignEdge.Right;
        var line = edge switch
        {
            AlignEdge.Left => items.Min(i => i.Box.Left),
            AlignEdge.Right => items.Max(i => i.Box.Right),
            AlignEdge.Top => items.Min(i => i.Box.Top),
            AlignEdge.Bottom => items.Max(i => i.Box.Bottom),
            // The centre of the boxes together, as drawing tools do.
            AlignEdge.Centre => Rect.UnionOf(items.Select(i => i.Box))!.Value.CenterX,
            _ => Rect.UnionOf(items.Select(i => i.Box))!.Value.CenterY,
        };
        var aligned = items.Select(i => Place(i.Box, edge, line)).ToArray();
        Separate(aligned, items, alongY: across);
        return [.. aligned.Select((box, k) => Clamp(box, items[k].Area))];
    }

    /// <summary>Spreads the boxes between the outermost two with equal gaps; when they do not fit, <see cref="Gap"/> apart from the first.</summary>
    public IReadOnlyList<Point> Distribute(IReadOnlyList<ArrangeItem> items, Axis axis)
    {
        if (items.Count < 3)
            return [.. items.Select(i => i.Box.TopLeft)];
        var horizontal = axis == Axis.Horizontal;
        double Start(Rect r) => horizontal ? r.Left : r.Top;
        double Length(Rect r) => horizontal ? r.Width : r.Height;
        // Boxes on one spot keep the order they were given in.
        var order = Enumerable.Range(0, items.Count).OrderBy(k => Start(items[k].Box) + Length(items[k].Box) / 2).ThenBy(k => k).ToList();
        var first = items[order[0]].Box;
        var span = order.Max(k => Start(items[k].Box) + Length(items[k].Box)) - Start(first);
        var gap = (span - items.Sum(i => Length(i.Box))) / (items.Count - 1);
        if (gap < 0)
            gap = Gap;
        var result = new Point[items.Count];
        var at = Start(first);
        foreach (var k in order)
        {
            var box = items[k].Box;
            var moved = horizontal ? box with { Left = at } : box with { Top = at };
            result[k] = Clamp(moved, items[k].Area);
            at += Length(box) + gap;
        }
        return result;
    }

    /// <summary>Where a box goes to lie inside an area: moved in as little as possible; one larger than the area keeps to its top-left.</summary>
    public static Point Clamp(Rect box, Rect? area)
    {
        if (area is not { } a)
            return box.TopLeft;
        return new Point(
            Math.Max(a.Left, Math.Min(box.Left, a.Right - box.Width)),
            Math.Max(a.Top, Math.Min(box.Top, a.Bottom - box.Height)));
    }

    private static Rect Place(Rect box, AlignEdge edge, double line) => edge switch
    {
        AlignEdge.Left => box with { Left = line },
        AlignEdge.Right => box with { Left = line - box.Width },
        AlignEdge.Centre => box with { Left = line - box.Width / 2 },
        AlignEdge.Top => box with { Top = line },
        AlignEdge.Bottom => box with { Top = line - box.Height },
        _ => box with { Top = line - box.Height / 2 },
    };

    /// <summary>Pushes each box that now overlaps one before it past that one, down (or right), in the order the boxes had on that axis.</summary>
    private void Separate(Rect[] boxes, IReadOnlyList<ArrangeItem> items, bool alongY)
    {
        double Start(Rect r) => alongY ? r.Top : r.Left;
        var order = Enumerable.Range(0, boxes.Length).OrderBy(k => Start(items[k].Box)).ThenBy(k => k).ToList();
        var placed = new List<Rect>();
        foreach (var k in order)
        {
            var box = boxes[k];
            for (var hit = placed.FindIndex(p => Overlap(p, box)); hit >= 0; hit = placed.FindIndex(p => Overlap(p, box)))
                box = alongY ? box with { Top = placed[hit].Bottom + Gap } : box with { Left = placed[hit].Right + Gap };
            boxes[k] = box;
            placed.Add(box);
        }
    }

    /// <summary>Boxes sharing more than a border.</summary>
    private static bool Overlap(Rect a, Rect b) =>
        a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom;
}
