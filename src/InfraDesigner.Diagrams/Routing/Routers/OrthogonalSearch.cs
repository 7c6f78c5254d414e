using System.Buffers;
using InfraDesigner.Diagrams.Geometry;

namespace InfraDesigner.Diagrams.Routing.Routers;

/// <summary>
/// A* over a sparse orthogonal visibility grid: the candidate lines are the edges of the obstacles,
/// the two ends, the line halfway between them and a free ring around everything. A state is a grid
/// point and the direction it was entered in, so a turn can cost <c>bendPenalty</c> on top of length.
/// </summary>
internal static class OrthogonalSearch
{
    // Directions: 0 right, 1 down, 2 left, 3 up.
    private static readonly int[] Dx = [1, 0, -1, 0];
    private static readonly int[] Dy = [0, 1, 0, -1];

    public static int DirectionOf(Point unit) => unit.X > 0 ? 0 : unit.Y > 0 ? 1 : unit.X < 0 ? 2 : 3;

    /// <summary>
    /// The cheapest path from <paramref name="start"/> (leaving in <paramref name="startDirection"/>) to
    /// <paramref name="goal"/> (arriving in <paramref name="goalDirection"/>) that enters no obstacle's
    /// interior, or null when the ends are inside an obstacle.
    /// </summary>
    public static List<Point>? Find(Point start, int startDirection, Point goal, int goalDirection, IReadOnlyList<Rect> obstacles, double ring, double bendPenalty)
    {
        var bounds = Rect.FromCorners(start, goal);
        foreach (var r in obstacles)
            bounds = bounds.Union(r);
        bounds = bounds.Inflate(ring);
        var xs = Lines(start.X, goal.X, bounds.Left, bounds.Right, obstacles, r => (r.Left, r.Right));
        var ys = Lines(start.Y, goal.Y, bounds.Top, bounds.Bottom, obstacles, r => (r.Top, r.Bottom));
        using var grid = new Grid(xs, ys, obstacles);
        var (si, sj) = (Array.BinarySearch(xs, start.X), Array.BinarySearch(ys, start.Y));
        var (gi, gj) = (Array.BinarySearch(xs, goal.X), Array.BinarySearch(ys, goal.Y));
        if (grid.PointBlocked(si, sj) || grid.PointBlocked(gi, gj))
            return null;

        // Searches run on every render of a moved link: rent the state arrays rather than allocate them.
        var states = xs.Length * ys.Length * 4;
        var cost = ArrayPool<double>.Shared.Rent(states);
        var previous = ArrayPool<int>.Shared.Rent(states);
        try
        {
            Array.Fill(cost, double.PositiveInfinity, 0, states);
            return Search(grid, xs, ys, cost, previous, grid.State(si, sj, startDirection), gi, gj, goal, goalDirection, bendPenalty);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(cost);
            ArrayPool<int>.Shared.Return(previous);
        }
    }

    private static List<Point>? Search(Grid grid, double[] xs, double[] ys, double[] cost, int[] previous, int first, int gi, int gj, Point goal, int goalDirection, double bendPenalty)
    {
        var open = new PriorityQueue<int, double>();
        cost[first] = 0;
        previous[first] = -1;
        open.Enqueue(first, 0);
        var (best, bestCost) = (-1, double.PositiveInfinity);
        while (open.TryDequeue(out var state, out var priority))
        {
            if (priority >= bestCost)
                break;
            var (i, j, direction) = grid.Decode(state);
            var g = cost[state];
            if (priority > g + Heuristic(xs[i], ys[j], goal) + 1e-9)
                continue; // a stale entry: the state was reached more cheaply since
            if (i == gi && j == gj)
            {
                var total = g + (direction == goalDirection ? 0 : bendPenalty);
                if (total < bestCost)
                    (best, bestCost) = (state, total);
                continue;
            }
            for (var d = 0; d < 4; d++)
            {
                if (d == (direction + 2) % 4)
                    continue;
                var (ni, nj) = (i + Dx[d], j + Dy[d]);
                if (!grid.CanStep(i, j, d))
                    continue;
                var next = grid.State(ni, nj, d);
                var nextCost = g + Math.Abs(xs[ni] - xs[i]) + Math.Abs(ys[nj] - ys[j]) + (d == direction ? 0 : bendPenalty);
                if (nextCost >= cost[next])
                    continue;
                cost[next] = nextCost;
                previous[next] = state;
                open.Enqueue(next, nextCost + Heuristic(xs[ni], ys[nj], goal));
            }
        }
        if (best < 0)
            return null;
        var path = new List<Point>();
        for (var s = best; s >= 0; s = previous[s])
        {
            var (i, j, _) = grid.Decode(s);
            path.Add(new Point(xs[i], ys[j]));
        }
        path.Reverse();
        return path;
    }

    private static double Heuristic(double x, double y, Point goal) => Math.Abs(goal.X - x) + Math.Abs(goal.Y - y);

    private static double[] Lines(double a, double b, double low, double high, IReadOnlyList<Rect> obstacles, Func<Rect, (double, double)> edges)
    {
        var lines = new List<double>(obstacles.Count * 2 + 5) { a, b, (a + b) / 2, low, high };
        foreach (var r in obstacles)
        {
            var (from, to) = edges(r);
            lines.Add(from);
            lines.Add(to);
        }
        lines.Sort();
        var distinct = new List<double>(lines.Count);
        foreach (var v in lines)
            if (distinct.Count == 0 || distinct[^1] != v)
                distinct.Add(v);
        return [.. distinct];
    }

    /// <summary>Which grid points and unit steps lie inside an obstacle (its border is free).</summary>
    private sealed class Grid : IDisposable
    {
        private readonly int _ny;
        private readonly bool[] _point;
        private readonly bool[] _right;
        private readonly bool[] _down;

        public Grid(double[] xs, double[] ys, IReadOnlyList<Rect> obstacles)
        {
            _ny = ys.Length;
            var n = xs.Length * ys.Length;
            (_point, _right, _down) = (Rent(n), Rent(n), Rent(n));
            foreach (var r in obstacles)
            {
                var (a, b) = (Array.BinarySearch(xs, r.Left), Array.BinarySearch(xs, r.Right));
                var (c, d) = (Array.BinarySearch(ys, r.Top), Array.BinarySearch(ys, r.Bottom));
                for (var i = a; i <= b; i++)
                    for (var j = c; j <= d; j++)
                    {
                        var insideX = i > a && i < b;
                        var insideY = j > c && j < d;
                        if (insideX && insideY) _point[Index(i, j)] = true;
                        if (insideY && i < b) _right[Index(i, j)] = true;
                        if (insideX && j < d) _down[Index(i, j)] = true;
                    }
            }
            Width = xs.Length;
        }

        private int Width { get; }

        private static bool[] Rent(int n)
        {
            var array = ArrayPool<bool>.Shared.Rent(n);
            Array.Clear(array, 0, n);
            return array;
        }

        public void Dispose()
        {
            ArrayPool<bool>.Shared.Return(_point);
            ArrayPool<bool>.Shared.Return(_right);
            ArrayPool<bool>.Shared.Return(_down);
        }

        private int Index(int i, int j) => i * _ny + j;

        public int State(int i, int j, int direction) => Index(i, j) * 4 + direction;

        public (int I, int J, int Direction) Decode(int state) => (state / 4 / _ny, state / 4 % _ny, state % 4);

        public bool PointBlocked(int i, int j) => i < 0 || j < 0 || _point[Index(i, j)];

        public bool CanStep(int i, int j, int direction) => direction switch
        {
            0 => i + 1 < Width && !_right[Index(i, j)],
            2 => i > 0 && !_right[Index(i - 1, j)],
            1 => j + 1 < _ny && !_down[Index(i, j)],
            _ => j > 0 && !_down[Index(i, j - 1)],
        };
    }
}
