// Needs a ProjectReference from InfraDesigner.Benchmarks to src/InfraDesigner.Diagrams, which this
// branch may not add; build with -p:DefineConstants=DIAGRAMS_BENCHMARKS once it is there.
using BenchmarkDotNet.Attributes;
using InfraDesigner.Diagrams;
using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;
using InfraDesigner.Diagrams.Routing;
using InfraDesigner.Diagrams.Routing.Obstacles;
using InfraDesigner.Diagrams.Routing.Routers;

namespace InfraDesigner.Benchmarks.Diagrams;

/// <summary>
/// 2,000 nodes on a 50 x 40 grid and 500 links, most to a node one to three cells away (so other
/// nodes are often in the way), some across the diagram.
/// </summary>
[MemoryDiagnoser]
public class LinkRoutingBenchmarks
{
    private readonly AvoidingOrthogonalRouter _avoiding = new();
    private readonly OrthogonalRouter _plain = new();
    private Diagram _diagram = null!;
    private Rect[] _boxes = null!;

    [GlobalSetup]
    public void Setup()
    {
        _diagram = Build();
        _boxes = [.. _diagram.Nodes.Select(n => n.Bounds)];
    }

    private static Diagram Build()
    {
        var diagram = new Diagram();
        var random = new Random(7);
        var nodes = new NodeModel[50, 40];
        for (var c = 0; c < 50; c++)
            for (var r = 0; r < 40; r++)
                nodes[c, r] = diagram.AddNode(new NodeModel($"n{c}-{r}", new Point(c * 220 + random.Next(40), r * 160 + random.Next(40)), new Size(140, 60)));
        for (var i = 0; i < 500; i++)
        {
            var (c, r) = (random.Next(50), random.Next(40));
            var far = i % 10 == 0;
            var (tc, tr) = far ? (random.Next(50), random.Next(40)) : (Math.Clamp(c + random.Next(-3, 4), 0, 49), Math.Clamp(r + random.Next(-3, 4), 0, 39));
            if ((tc, tr) == (c, r)) tc = (c + 1) % 50;
            diagram.AddLink(new LinkModel(nodes[c, r], nodes[tc, tr], $"l{i}"));
        }
        return diagram;
    }

    /// <summary>Adding the nodes and links, with the link index and refreshes that spreading and avoiding need.</summary>
    [Benchmark]
    public int Build2000NodesAnd500Links() => Build().Links.Count;

    [Benchmark(Baseline = true)]
    public int Route500LinksPlain() => RouteAll(_plain);

    [Benchmark]
    public int Route500LinksAvoidingNodes() => RouteAll(_avoiding);

    [Benchmark]
    public int IndexTheObstaclesOf2000Nodes() => new ObstacleIndex(_boxes).Count;

    /// <summary>Routes every link as the canvas draws it (spread anchors, the diagram's obstacles).</summary>
    private int RouteAll(IRouter router)
    {
        _diagram.Options = _diagram.Options with { DefaultRouter = router };
        var points = 0;
        foreach (var link in _diagram.Links)
            points += LinkGeometry.Route(_diagram, link).Count;
        return points;
    }
}
