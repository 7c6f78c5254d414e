using FsCheck;
using FsCheck.Fluent;
using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Layout;
using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams.Tests.Layout;

public class NestedLayoutTests
{
    /// <summary>A random tree of frames (zone > cluster > host > VM style, up to three deep) with boxes thrown anywhere, overlapping.</summary>
    private static Diagram RandomTree(int seed, int count)
    {
        var random = new Random(seed);
        var diagram = TestDiagram.Create();
        var frames = new List<GroupModel>();
        for (var i = 0; i < count; i++)
        {
            var parent = frames.Count > 0 && random.Next(4) > 0 ? frames[random.Next(frames.Count)] : null;
            var depth = parent?.Ancestors().Count() + 1 ?? 0;
            var position = new Point(random.Next(300), random.Next(300));
            var size = new Size(40 + random.Next(140), 30 + random.Next(60));
            if (depth < 3 && random.Next(3) == 0)
                frames.Add(diagram.AddGroup(new GroupModel($"g{i}", position, size) { AutoSize = random.Next(4) > 0 }, parent));
            else
                diagram.Node($"n{i}", position.X, position.Y, size.Width, size.Height, parent);
        }
        var nodes = diagram.AllNodes.ToList();
        for (var i = 0; i < count / 2; i++)
            diagram.Link(nodes[random.Next(nodes.Count)], nodes[random.Next(nodes.Count)]);
        return diagram;
    }

    private static IEnumerable<string> Problems(Diagram diagram)
    {
        foreach (var siblings in diagram.AllNodes.GroupBy(n => n.Group?.Id ?? ""))
        {
            var list = siblings.ToList();
            for (var i = 0; i < list.Count; i++)
                for (var j = i + 1; j < list.Count; j++)
                    if (list[i].Bounds.Intersects(list[j].Bounds))
                        yield return $"{list[i].Id} overlaps {list[j].Id}";
        }
        foreach (var node in diagram.AllNodes.Where(n => n.Group is not null && !n.Group.Bounds.Contains(n.Bounds)))
            yield return $"{node.Id} sticks out of {node.Group!.Id}";
    }

    [Fact]
    public void Laid_out_nested_frames_have_no_overlapping_siblings_and_hold_their_children()
    {
        var trees = Gen.Zip(Gen.Choose(0, 10_000), Gen.Choose(1, 30)).ToArbitrary();

        Prop.ForAll(trees, tree =>
        {
            var diagram = RandomTree(tree.Item1, tree.Item2);

            new LayeredLayout().ApplyNested(diagram);

            Problems(diagram).ShouldBeEmpty();
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Boxes_dropped_into_random_frames_never_overlap_and_stay_inside()
    {
        var drops = Gen.Zip(Gen.Choose(0, 10_000), Gen.Choose(1, 30)).ToArbitrary();

        Prop.ForAll(drops, drop =>
        {
            var random = new Random(drop.Item1);
            var diagram = TestDiagram.Create();
            var frames = new List<GroupModel>();
            for (var i = 0; i < drop.Item2; i++)
            {
                var parent = frames.Count > 0 && random.Next(5) > 0 ? frames[random.Next(frames.Count)] : null;
                var size = new Size(40 + random.Next(140), 30 + random.Next(60));
                // Dropped on the frame's middle, or anywhere on the canvas.
                var centre = parent?.Bounds.Center ?? new Point(random.Next(600), random.Next(600));
                var placement = new FramePlacement().Place(diagram, parent, size, centre);
                using (diagram.UndoStack.Group("Drop"))
                {
                    diagram.SetPositions(placement.Moves.Select(m => (m.Key, m.Value)));
                    foreach (var (frame, box) in placement.Frames.Where(f => !f.Key.AutoSize))
                        diagram.ResizeNode(frame, new Size(box.Width, box.Height));
                    var model = (parent?.Ancestors().Count() ?? -1) < 1 && random.Next(3) == 0
                        ? diagram.AddGroup(new GroupModel($"g{i}", placement.Position, size) { AutoSize = random.Next(4) > 0 }, parent)
                        : diagram.AddNode(new NodeModel($"n{i}", placement.Position, size), parent);
                    if (model is GroupModel group) frames.Add(group);
                }
            }

            Problems(diagram).ShouldBeEmpty();
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_frame_keeps_its_size_while_what_is_dropped_in_fits_and_grows_when_it_does_not()
    {
        var diagram = TestDiagram.Create();
        var cluster = diagram.AddGroup(new GroupModel("cluster", new Point(100, 100), new Size(360, 220)));
        diagram.SetMinimumSize(cluster, new Size(360, 220));
        var placement = new FramePlacement();

        var first = placement.Place(diagram, cluster, new Size(160, 72), cluster.Bounds.Center);
        diagram.AddNode(new NodeModel("host1", first.Position, new Size(160, 72)), cluster);
        cluster.Bounds.ShouldBe(new Rect(100, 100, 360, 220));

        var second = placement.Place(diagram, cluster, new Size(160, 72), cluster.Bounds.Center);
        diagram.AddNode(new NodeModel("host2", second.Position, new Size(160, 72)), cluster);
        cluster.Position.ShouldBe(new Point(100, 100));
        Problems(diagram).ShouldBeEmpty();
    }
}
