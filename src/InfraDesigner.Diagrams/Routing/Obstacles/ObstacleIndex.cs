using InfraDesigner.Diagrams.Geometry;

namespace InfraDesigner.Diagrams.Routing.Obstacles;

/// <summary>
/// The boxes links should steer around, bucketed on a coarse grid so a router asks only for those
/// near the link it routes, whatever the size of the diagram.
/// </summary>
public sealed class ObstacleIndex
{
    private readonly Rect[] _rects;
    private readonly double _cellSize;
    private readonly Dictionary<(int, int), List<int>> _cells = [];

    public ObstacleIndex(IEnumerable<Rect> rects, double cellSize = 256)
    {
        _rects = [.. rects];
        _cellSize = cellSize;
        for (var i = 0; i < _rects.Length; i++)
            foreach (var cell in CellsOf(_rects[i]))
            {
                if (!_cells.TryGetValue(cell, out var list))
                    _cells[cell] = list = [];
                list.Add(i);
            }
    }

    public static readonly ObstacleIndex Empty = new([]);

    public int Count => _rects.Length;

    /// <summary>The obstacles that overlap or touch <paramref name="area"/>, each once.</summary>
    public List<Rect> In(Rect area)
    {
        var found = new List<Rect>();
        var seen = new HashSet<int>();
        foreach (var cell in CellsOf(area))
        {
            if (!_cells.TryGetValue(cell, out var list))
                continue;
            foreach (var i in list)
            {
                var r = _rects[i];
                if (r.Left <= area.Right && area.Left <= r.Right && r.Top <= area.Bottom && area.Top <= r.Bottom && seen.Add(i))
                    found.Add(r);
            }
        }
        return found;
    }

    private IEnumerable<(int, int)> CellsOf(Rect r)
    {
        var (x0, x1) = (Cell(r.Left), Cell(r.Right));
        var (y0, y1) = (Cell(r.Top), Cell(r.Bottom));
        for (var x = x0; x <= x1; x++)
            for (var y = y0; y <= y1; y++)
                yield return (x, y);
    }

    private int Cell(double v) => (int)Math.Floor(v / _cellSize);
}
