namespace InfraDesigner.Diagrams.Geometry;

/// <summary>Rectangles bucketed on a coarse grid, so "does this box hit any?" looks only nearby.</summary>
public sealed class RectGrid
{
    private const double Cell = 128;
    private readonly Dictionary<(long, long), List<Rect>> _cells = [];

    public RectGrid(IEnumerable<Rect> rects)
    {
        foreach (var rect in rects) Add(rect);
    }

    public void Add(Rect rect)
    {
        foreach (var cell in CellsOf(rect))
        {
            if (!_cells.TryGetValue(cell, out var list)) _cells[cell] = list = [];
            list.Add(rect);
        }
    }

    public bool Hits(Rect rect) => CellsOf(rect).Any(c => _cells.TryGetValue(c, out var list) && list.Any(r => r.Intersects(rect)));

    private static IEnumerable<(long, long)> CellsOf(Rect rect)
    {
        for (var x = (long)Math.Floor(rect.Left / Cell); x <= (long)Math.Floor(rect.Right / Cell); x++)
            for (var y = (long)Math.Floor(rect.Top / Cell); y <= (long)Math.Floor(rect.Bottom / Cell); y++)
                yield return (x, y);
    }
}
