using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams.Layout;

/// <summary>
/// A Sugiyama-style layered layout: layers by longest path over the links (cycles broken by
/// depth-first search, host hints win), order within each layer by barycentre sweeps, then
/// coordinates packed band by band so nothing overlaps. Lays out the top-level units among the
/// given nodes: a group moves with everything inside it.
/// </summary>
public sealed partial class LayeredLayout(LayeredLayoutOptions? options = null)
{
    public LayeredLayoutOptions Options { get; } = options ?? new LayeredLayoutOptions();

    /// <summary>New positions for the units among <paramref name="nodes"/>, in the diagram's coordinates.</summary>
    public IReadOnlyDictionary<NodeModel, Point> Compute(IReadOnlyCollection<NodeModel> nodes, IEnumerable<LinkModel> links)
    {
        var units = Units(nodes);
        if (units.Count == 0)
            return new Dictionary<NodeModel, Point>();
        var origin = Rect.UnionOf(units.Select(u => u.Bounds))!.Value.TopLeft;
        return Arrange(units, links, u => u.Size, origin, int.MaxValue);
    }

    /// <summary>Places the units from <paramref name="origin"/>, at most <paramref name="perRow"/> side by side in a layer.</summary>
    private Dictionary<NodeModel, Point> Arrange(HashSet<NodeModel> units, IEnumerable<LinkModel> links, Func<NodeModel, Size> sizeOf, Point origin, int perRow)
    {
        var unitOf = (NodeModel n) => n.Ancestors().Prepend(n).LastOrDefault(units.Contains);
        var edges = links
            .Select(l => (From: unitOf(l.Source.Node), To: unitOf(l.Target.Node)))
            .Where(e => e.From is not null && e.To is not null && !ReferenceEquals(e.From, e.To))
            .Select(e => (From: e.From!, To: e.To!))
            .Distinct()
            .ToList();
        var ordered = units.ToList();
        var layerOf = AssignLayers(ordered, AcyclicEdges(ordered, edges));
        var layers = OrderLayers(ordered, edges, layerOf).SelectMany(l => l.Chunk(perRow).Select(row => row.ToList())).ToList();
        return Place(layers, origin, sizeOf);
    }

    /// <summary>Runs the layout on a diagram (all of it, or the selection) as one undo step.</summary>
    public void Apply(Diagram diagram, bool selectionOnly = false) =>
        diagram.SetPositions(Moves(diagram, selectionOnly), byUser: false);

    /// <summary>
    /// Where every node the layout moves goes (a group's contents move with it). With
    /// <see cref="LayeredLayoutOptions.KeepManualPositions"/> the units a user placed stay put and the
    /// others are pushed clear of them.
    /// </summary>
    public IReadOnlyList<(NodeModel Node, Point Position)> Moves(Diagram diagram, bool selectionOnly = false)
    {
        var scope = selectionOnly ? diagram.SelectedNodes.ToList() : diagram.AllNodes.ToList();
        var positions = Compute(scope, diagram.Links);
        var kept = positions.Keys.Where(IsKept).ToList();
        var placed = kept.Count == 0 ? positions : ClearOf(kept, positions.Where(p => !kept.Contains(p.Key)));
        return [.. placed.SelectMany(p => Shift(p.Key, p.Value.X - p.Key.Position.X, p.Value.Y - p.Key.Position.Y))];
    }

    /// <summary>A unit stays when it, or anything inside it, was placed by hand (moving it would move that too).</summary>
    private bool IsKept(NodeModel unit) =>
        Options.KeepManualPositions && (unit.ManuallyPositioned || unit is GroupModel g && g.Descendants().Any(d => d.ManuallyPositioned));

    /// <summary>
    /// Takes the computed places in layout order and pushes each one along its layer, past whatever it
    /// would touch (a kept unit or one already placed), so nothing overlaps.
    /// </summary>
    private Dictionary<NodeModel, Point> ClearOf(IEnumerable<NodeModel> kept, IEnumerable<KeyValuePair<NodeModel, Point>> free)
    {
        var leftToRight = Options.Direction == LayoutDirection.LeftToRight;
        var gap = Options.NodeSpacing / 2;
        var obstacles = kept.Select(u => u.Bounds.Inflate(gap)).ToList();
        var result = new Dictionary<NodeModel, Point>();
        foreach (var (unit, position) in free.OrderBy(p => leftToRight ? p.Value.X : p.Value.Y).ThenBy(p => leftToRight ? p.Value.Y : p.Value.X))
        {
            var box = new Rect(position, unit.Size).Inflate(gap);
            int hit;
            while ((hit = obstacles.FindIndex(o => o.Intersects(box))) >= 0)
                box = leftToRight ? box with { Top = obstacles[hit].Bottom } : box with { Left = obstacles[hit].Right };
            obstacles.Add(box);
            result[unit] = new Point(box.Left + gap, box.Top + gap);
        }
        return result;
    }

    private static IEnumerable<(NodeModel, Point)> Shift(NodeModel unit, double dx, double dy) =>
        (unit is GroupModel g ? g.Descendants().Prepend(unit) : [unit]).Select(n => (n, n.Position.Add(dx, dy)));

    private static HashSet<NodeModel> Units(IReadOnlyCollection<NodeModel> nodes)
    {
        var set = nodes.Where(n => !n.IsHidden).ToHashSet();
        // A node inside a group that is itself laid out moves with that group.
        return set.Where(n => !n.Ancestors().Any(set.Contains)).ToHashSet();
    }

    /// <summary>Drops the edges that close a cycle (back edges of a depth-first search).</summary>
    private static List<(NodeModel From, NodeModel To)> AcyclicEdges(List<NodeModel> units, List<(NodeModel From, NodeModel To)> edges)
    {
        var outgoing = edges.ToLookup(e => e.From, e => e.To);
        var state = new Dictionary<NodeModel, int>();
        var back = new HashSet<(NodeModel, NodeModel)>();
        foreach (var start in units)
        {
            if (state.ContainsKey(start))
                continue;
            var stack = new Stack<(NodeModel Node, IEnumerator<NodeModel> Next)>();
            state[start] = 1;
            stack.Push((start, outgoing[start].GetEnumerator()));
            while (stack.Count > 0)
            {
                var (node, next) = stack.Peek();
                if (!next.MoveNext())
                {
                    state[node] = 2;
                    stack.Pop();
                    continue;
                }
                var child = next.Current;
                if (!state.TryGetValue(child, out var s))
                {
                    state[child] = 1;
                    stack.Push((child, outgoing[child].GetEnumerator()));
                }
                else if (s == 1)
                    back.Add((node, child));
            }
        }
        return edges.Where(e => !back.Contains(e)).ToList();
    }

    private Dictionary<NodeModel, int> AssignLayers(List<NodeModel> units, List<(NodeModel From, NodeModel To)> edges)
    {
        var layer = units.ToDictionary(u => u, u => Options.Hint?.Invoke(u)?.Layer ?? 0);
        var incoming = edges.ToLookup(e => e.To, e => e.From);
        var indegree = units.ToDictionary(u => u, u => incoming[u].Count());
        var outgoing = edges.ToLookup(e => e.From, e => e.To);
        var ready = new Queue<NodeModel>(units.Where(u => indegree[u] == 0));
        while (ready.Count > 0)
        {
            var node = ready.Dequeue();
            foreach (var next in outgoing[node])
            {
                if (Options.Hint?.Invoke(next)?.Layer is null)
                    layer[next] = Math.Max(layer[next], layer[node] + 1);
                if (--indegree[next] == 0)
                    ready.Enqueue(next);
            }
        }
        return layer;
    }

    private List<List<NodeModel>> OrderLayers(List<NodeModel> units, List<(NodeModel From, NodeModel To)> edges, Dictionary<NodeModel, int> layerOf)
    {
        var band = units.ToDictionary(u => u, u => Options.Hint?.Invoke(u)?.Band ?? 0);
        var layers = units.GroupBy(u => layerOf[u]).OrderBy(g => g.Key)
            .Select(g => g.OrderBy(u => band[u]).ToList()).ToList();
        var neighbours = edges.SelectMany(e => new[] { (A: e.From, B: e.To), (A: e.To, B: e.From) }).ToLookup(x => x.A, x => x.B);
        var position = new Dictionary<NodeModel, double>();
        void Index(List<NodeModel> layer)
        {
            for (var i = 0; i < layer.Count; i++)
                position[layer[i]] = i;
        }
        layers.ForEach(Index);
        for (var sweep = 0; sweep < Options.OrderingSweeps; sweep++)
        {
            var downward = sweep % 2 == 0;
            var sequence = downward ? Enumerable.Range(1, layers.Count - 1) : Enumerable.Range(0, layers.Count - 1).Reverse();
            foreach (var i in sequence)
            {
                var reference = layerOf[layers[downward ? i - 1 : i + 1][0]];
                layers[i] = layers[i]
                    .OrderBy(u => band[u])
                    .ThenBy(u => Barycentre(u, neighbours[u].Where(n => layerOf[n] == reference), position))
                    .ToList();
                Index(layers[i]);
            }
        }
        return layers;

        double Barycentre(NodeModel u, IEnumerable<NodeModel> adjacent, Dictionary<NodeModel, double> pos)
        {
            var list = adjacent.ToList();
            return list.Count == 0 ? pos[u] : list.Average(n => pos[n]);
        }
    }

    private Dictionary<NodeModel, Point> Place(List<List<NodeModel>> layers, Point origin, Func<NodeModel, Size> sizeOf)
    {
        var leftToRight = Options.Direction == LayoutDirection.LeftToRight;
        double Along(NodeModel n) => leftToRight ? sizeOf(n).Height : sizeOf(n).Width;
        double Across(NodeModel n) => leftToRight ? sizeOf(n).Width : sizeOf(n).Height;
        var band = layers.SelectMany(l => l).ToDictionary(u => u, u => Options.Hint?.Invoke(u)?.Band ?? 0);
        // Each band gets a column as wide as its widest layer, so bands never overlap.
        var bandWidths = band.Values.Distinct().Order().ToDictionary(b => b, b =>
            layers.Max(l => l.Where(u => band[u] == b).Sum(u => Along(u) + Options.NodeSpacing)));
        var bandStart = new Dictionary<int, double>();
        var offset = 0.0;
        foreach (var (b, width) in bandWidths)
        {
            bandStart[b] = offset;
            offset += width + Options.BandSpacing;
        }
        var result = new Dictionary<NodeModel, Point>();
        var depth = 0.0;
        foreach (var layer in layers)
        {
            foreach (var group in layer.GroupBy(u => band[u]))
            {
                var cursor = bandStart[group.Key];
                foreach (var unit in group)
                {
                    result[unit] = leftToRight ? new Point(origin.X + depth, origin.Y + cursor) : new Point(origin.X + cursor, origin.Y + depth);
                    cursor += Along(unit) + Options.NodeSpacing;
                }
            }
            depth += layer.Max(Across) + Options.LayerSpacing;
        }
        return result;
    }
}
