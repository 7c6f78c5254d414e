using FsCheck;
using FsCheck.Fluent;
using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;
using InfraDesigner.Diagrams.Routing.Obstacles;
using InfraDesigner.Diagrams.Routing.Routers;

namespace InfraDesigner.Diagrams.Tests.Routing.Routers;

/// <summary>A random scene: nodes scattered one per cell of a coarse grid (at least 40 apart), and a link between two of them from random sides.</summary>
internal sealed record RandomScenes(IReadOnlyList<Rect> Nodes, RouteRequest Request)
{
    private const double CellWidth = 200, CellHeight = 160, Gap = 40;

    public static Arbitrary<RandomScenes> Arbitrary { get; } =
        (from seed in Gen.Choose(0, int.MaxValue - 1)
         from columns in Gen.Choose(2, 6)
         from rows in Gen.Choose(1, 5)
         select Build(new Random(seed), columns, rows)).ToArbitrary();

    private static RandomScenes Build(Random random, int columns, int rows)
    {
        var nodes = new List<Rect>();
        for (var c = 0; c < columns; c++)
            for (var r = 0; r < rows; r++)
            {
                if (nodes.Count >= 2 && random.NextDouble() < 0.3)
                    continue;
                var width = 40 + random.Next(81);
                var height = 30 + random.Next(51);
                var x = c * CellWidth + random.Next((int)(CellWidth - Gap - width) + 1);
                var y = r * CellHeight + random.Next((int)(CellHeight - Gap - height) + 1);
                nodes.Add(new Rect(x, y, width, height));
            }
        var source = random.Next(nodes.Count);
        // Half the links go to the farthest node, so other nodes are often in the way.
        var target = random.Next(2) == 0
            ? Enumerable.Range(0, nodes.Count).MaxBy(i => nodes[i].Center.DistanceTo(nodes[source].Center))
            : (source + 1 + random.Next(nodes.Count - 1)) % nodes.Count;
        var sourceSide = (PortAlignment)random.Next(4);
        var targetSide = (PortAlignment)random.Next(4);
        var request = new RouteRequest(PortOn(nodes[source], sourceSide, random), sourceSide, PortOn(nodes[target], targetSide, random), targetSide)
        {
            Obstacles = new ObstacleIndex(nodes, cellSize: 150),
        };
        return new RandomScenes(nodes, request);
    }

    private static Point PortOn(Rect node, PortAlignment side, Random random)
    {
        var f = 0.2 + random.NextDouble() * 0.6;
        return side switch
        {
            PortAlignment.Top => new Point(node.Left + node.Width * f, node.Top),
            PortAlignment.Bottom => new Point(node.Left + node.Width * f, node.Bottom),
            PortAlignment.Left => new Point(node.Left, node.Top + node.Height * f),
            _ => new Point(node.Right, node.Top + node.Height * f),
        };
    }

    public override string ToString() => $"{Request} among [{string.Join(", ", Nodes)}]";
}
