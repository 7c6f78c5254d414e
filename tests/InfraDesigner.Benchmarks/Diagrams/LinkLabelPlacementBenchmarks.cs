using BenchmarkDotNet.Attributes;
using InfraDesigner.Diagrams;
using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;
using InfraDesigner.Diagrams.Routing;

namespace InfraDesigner.Benchmarks.Diagrams;

/// <summary>
/// What placing cable labels adds to a canvas render: 2,000 boxes on a 50 × 40 grid and 2,000 labelled links
/// ("VLAN 10" ... "VLAN 60"), routes already computed as a render has them.
/// </summary>
[MemoryDiagnoser]
public class LinkLabelPlacementBenchmarks
{
    private (LinkModel, IReadOnlyList<Point>)[] _routed = null!;
    private Rect[] _obstacles = null!;

    [GlobalSetup]
    public void Setup()
    {
        var diagram = new Diagram();
        var random = new Random(7);
        var nodes = new NodeModel[50, 40];
        for (var c = 0; c < 50; c++)
            for (var r = 0; r < 40; r++)
                nodes[c, r] = diagram.AddNode(new NodeModel($"n{c}-{r}", new Point(c * 220, r * 160), new Size(140, 60)));
        for (var i = 0; i < 2000; i++)
        {
            var (c, r) = (random.Next(49), random.Next(39));
            var link = diagram.AddLink(new LinkModel(nodes[c, r], nodes[c + 1, r + random.Next(0, 2)], $"l{i}"));
            diagram.SetLinkLabel(link, $"VLAN {10 * (1 + i % 6)}");
        }
        _routed = [.. diagram.Links.Select(l => (l, LinkGeometry.Drawing(diagram, l).Route))];
        _obstacles = [.. LinkLabelPlacement.Obstacles(diagram)];
    }

    [Benchmark]
    public int Place2000LabelsAmong2000Boxes() => LinkLabelPlacement.Place(_routed, _obstacles).Count;
}
