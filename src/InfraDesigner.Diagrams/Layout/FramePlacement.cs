using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams.Layout;

/// <summary>
/// Where a new box goes when dropped into a frame (or onto the canvas), so that nothing overlaps: it
/// takes free space among its siblings, inside the frame if there is room, else where the frame grows
/// least. The frames around it grow to hold it, and siblings a grown frame would cover are pushed right
/// or down, level by level up to the canvas.
/// </summary>
public sealed class FramePlacement(double gap = 20)
{
    /// <summary>Where the new box goes, the nodes that move out of the way, and the new box of every frame that changed.</summary>
    public sealed record Result(Point Position, IReadOnlyDictionary<NodeModel, Point> Moves, IReadOnlyDictionary<GroupModel, Rect> Frames);

    public double Gap { get; } = gap;

    public Result Place(Diagram diagram, GroupModel? frame, Size size, Point centre)
    {
        var boxes = diagram.AllNodes.Where(n => !n.IsHidden).ToDictionary(n => n, n => n.Bounds);
        var box = FreeSpot(frame, SiblingsIn(diagram, frame).Select(s => boxes[s]).ToList(), size, centre);
        GrowAndPush(diagram, frame, box, boxes);
        var moves = boxes.Where(b => b.Key is not GroupModel { AutoSize: true, Children.Count: > 0 } && b.Value.TopLeft != b.Key.Position)
            .ToDictionary(b => b.Key, b => b.Value.TopLeft);
        var frames = boxes.Where(b => b.Key is GroupModel && b.Value != b.Key.Bounds).ToDictionary(b => (GroupModel)b.Key, b => b.Value);
        return new Result(box.TopLeft, moves, frames);
    }

    private static IEnumerable<NodeModel> SiblingsIn(Diagram diagram, GroupModel? frame) =>
        (frame is null ? diagram.AllNodes.Where(n => n.Group is null) : frame.Children).Where(n => !n.IsHidden);

    /// <summary>
    /// The best free box: inside the frame before outside it, then the least growth of the frame (moving
    /// it counts), then nearest the drop point. Candidates are the drop point itself, the frame's first
    /// slot, and the four sides of every sibling.
    /// </summary>
    private Rect FreeSpot(GroupModel? frame, List<Rect> siblings, Size size, Point centre)
    {
        var wanted = new Rect(centre.X - size.Width / 2, centre.Y - size.Height / 2, size.Width, size.Height);
        var content = frame?.ContentArea(frame.Bounds);
        var candidates = new List<Rect> { wanted };
        if (content is { } area)
        {
            candidates.Add(Clamp(wanted, area));
            candidates.Add(new Rect(area.TopLeft, size));
        }
        foreach (var s in siblings)
        {
            candidates.Add(new Rect(s.Right + Gap, s.Top, size.Width, size.Height));
            candidates.Add(new Rect(s.Left, s.Bottom + Gap, size.Width, size.Height));
            candidates.Add(new Rect(s.Left - Gap - size.Width, s.Top, size.Width, size.Height));
            candidates.Add(new Rect(s.Left, s.Top - Gap - size.Height, size.Width, size.Height));
        }
        return candidates
            .Where(c => !siblings.Any(s => s.Inflate(Gap / 2).Intersects(c.Inflate(Gap / 2))))
            .OrderBy(c => content is { } area && !area.Contains(c))
            .ThenBy(c => frame is null ? 0 : Growth(frame, siblings, c))
            .ThenBy(c => Distance(c.Center, centre))
            .First();
    }

    private static Rect Clamp(Rect box, Rect area) => box with
    {
        Left = Math.Max(area.Left, Math.Min(box.Left, area.Right - box.Width)),
        Top = Math.Max(area.Top, Math.Min(box.Top, area.Bottom - box.Height)),
    };

    /// <summary>How much area the frame's box gains (also by moving) when it holds the box too.</summary>
    private static double Growth(GroupModel frame, List<Rect> siblings, Rect box)
    {
        var after = NewFrame(frame, frame.Bounds, siblings.Append(box));
        var covered = after.Union(frame.Bounds);
        return covered.Width * covered.Height - frame.Bounds.Width * frame.Bounds.Height + (after.TopLeft == frame.Bounds.TopLeft ? 0 : 1);
    }

    private static Rect NewFrame(GroupModel frame, Rect current, IEnumerable<Rect> children) =>
        frame.AutoSize ? frame.FrameAround(children) ?? current : current.Union(frame.FrameAround(children) ?? current);

    private static double Distance(Point a, Point b) => Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));

    /// <summary>Grows each frame from the drop upwards to hold what it holds now, pushing the siblings it would cover.</summary>
    private void GrowAndPush(Diagram diagram, GroupModel? frame, Rect dropped, Dictionary<NodeModel, Rect> boxes)
    {
        for (var level = frame; level is not null; level = level.Group)
        {
            var children = level.Children.Where(boxes.ContainsKey).Select(c => boxes[c]);
            var grown = NewFrame(level, boxes[level], level == frame ? children.Append(dropped) : children);
            if (grown == boxes[level])
                return;
            boxes[level] = grown;
            Push(level, SiblingsIn(diagram, level.Group).ToList(), boxes);
        }
    }

    /// <summary>
    /// Until no two siblings overlap: of an overlapping pair, the one further down and right (never the
    /// grown frame) moves right or down off the other, whichever is shorter.
    /// </summary>
    private void Push(NodeModel grown, List<NodeModel> siblings, Dictionary<NodeModel, Rect> boxes)
    {
        for (var steps = 0; steps < 10_000; steps++)
        {
            var pair = siblings.SelectMany(a => siblings.Where(b => a != b && boxes[a].Intersects(boxes[b])).Select(b => (A: a, B: b)))
                .Where(p => p.B != grown && (p.A == grown || Order(boxes[p.A]) <= Order(boxes[p.B])))
                .Select(p => ((NodeModel, NodeModel)?)(p.A, p.B)).FirstOrDefault();
            if (pair is not var (by, moving))
                return;
            var (from, box) = (boxes[by], boxes[moving]);
            var right = from.Right + Gap - box.Left;
            var down = from.Bottom + Gap - box.Top;
            var (dx, dy) = right <= down ? (right, 0.0) : (0.0, down);
            foreach (var node in (moving is GroupModel g ? g.Descendants().Prepend(moving) : [moving]).Where(boxes.ContainsKey))
                boxes[node] = boxes[node].Offset(dx, dy);
        }
    }

    private static double Order(Rect box) => box.Left + box.Top;
}
