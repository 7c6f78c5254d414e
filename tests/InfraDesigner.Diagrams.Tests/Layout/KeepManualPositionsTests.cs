using FsCheck;
using FsCheck.Fluent;
using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Layout;
using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams.Tests.Layout;

public class KeepManualPositionsTests
{
    private static readonly LayeredLayout KeepMoved = new(new LayeredLayoutOptions { KeepManualPositions = true });

    [Fact]
    public void Nodes_added_to_the_diagram_are_not_placed_by_hand()
    {
        var diagram = TestDiagram.Create();

        diagram.Node("dropped", 40, 40).ManuallyPositioned.ShouldBeFalse();
    }

    [Fact]
    public void A_node_counts_as_placed_by_hand_once_the_user_moved_it()
    {
        var diagram = TestDiagram.Create();
        var node = diagram.Node("n", 0, 0);

        diagram.MoveNodes([node], 20, 0);

        node.ManuallyPositioned.ShouldBeTrue();
    }

    [Fact]
    public void Undoing_the_move_gives_back_the_unplaced_state()
    {
        var diagram = TestDiagram.Create();
        var node = diagram.Node("n", 0, 0);
        diagram.MoveNodes([node], 20, 0);

        diagram.Undo();

        node.ManuallyPositioned.ShouldBeFalse();
        diagram.Redo();
        node.ManuallyPositioned.ShouldBeTrue();
    }

    [Fact]
    public void A_layout_move_does_not_count_as_placed_by_hand()
    {
        var diagram = TestDiagram.Create();
        var a = diagram.Node("a", 0, 0);
        var b = diagram.Node("b", 0, 0);
        diagram.Link(a, b);

        new LayeredLayout().Apply(diagram);

        a.ManuallyPositioned.ShouldBeFalse();
        b.ManuallyPositioned.ShouldBeFalse();
    }

    [Fact]
    public void A_pasted_copy_of_a_moved_node_is_not_placed_by_hand()
    {
        var diagram = TestDiagram.Create();
        var node = diagram.Node("n", 0, 0);
        diagram.MoveNodes([node], 20, 0);
        diagram.Select([node]);

        diagram.Behaviors.Clipboard.Copy(diagram);
        diagram.Behaviors.Clipboard.Paste(diagram);

        diagram.Nodes.Single(n => n.Id != "n").ManuallyPositioned.ShouldBeFalse();
    }

    [Fact]
    public void Keeping_moved_nodes_leaves_the_dragged_one_and_lays_out_the_others()
    {
        var diagram = TestDiagram.Create();
        var router = diagram.Node("router", 0, 0);
        var sw = diagram.Node("switch", 0, 0);
        var vm = diagram.Node("vm", 0, 0);
        diagram.Link(router, sw);
        diagram.Link(sw, vm);
        diagram.MoveNodes([sw], 400, 20);

        KeepMoved.Apply(diagram);

        sw.Position.ShouldBe(new Point(400, 20));
        router.Bounds.Intersects(vm.Bounds).ShouldBeFalse();
        router.Bounds.Bottom.ShouldBeLessThan(vm.Position.Y);
    }

    [Fact]
    public void Laid_out_nodes_never_overlap_the_kept_ones_or_each_other()
    {
        Prop.ForAll(Gen.Choose(2, 12).ToArbitrary(), Gen.Choose(0, 400).ToArbitrary(), Gen.Choose(0, 300).ToArbitrary(), (count, keptX, keptY) =>
        {
            var diagram = TestDiagram.Create();
            var nodes = Enumerable.Range(0, count).Select(i => diagram.Node($"n{i}", 0, 0)).ToList();
            for (var i = 1; i < count; i++)
                diagram.Link(nodes[(i - 1) / 2], nodes[i]);
            var kept = nodes[count / 2];
            diagram.SetPositions([(kept, new Point(keptX, keptY))]);

            KeepMoved.Apply(diagram);

            kept.Position.ShouldBe(new Point(keptX, keptY));
            foreach (var a in nodes)
                foreach (var b in nodes.Where(b => !ReferenceEquals(a, b)))
                    a.Bounds.Intersects(b.Bounds).ShouldBeFalse($"{a.Id} {a.Bounds} overlaps {b.Id} {b.Bounds}");
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_frame_holding_a_moved_node_stays_with_all_it_holds()
    {
        var diagram = TestDiagram.Create();
        var frame = diagram.AddGroup(new GroupModel("frame"));
        var inside = diagram.Node("inside", 100, 100, group: frame);
        var beside = diagram.Node("beside", 100, 100, group: frame);
        var outside = diagram.Node("outside", 0, 0);
        diagram.Link(outside, inside);
        diagram.MoveNodes([inside], 200, 0);
        var framePosition = frame.Position;

        KeepMoved.Apply(diagram);

        frame.Position.ShouldBe(framePosition);
        beside.Position.ShouldBe(new Point(100, 100));
        outside.Bounds.Intersects(frame.Bounds).ShouldBeFalse();
    }

    [Fact]
    public void Without_keeping_every_node_is_laid_out_again()
    {
        var diagram = TestDiagram.Create();
        var a = diagram.Node("a", 0, 0);
        var b = diagram.Node("b", 0, 0);
        diagram.Link(a, b);
        diagram.MoveNodes([b], 700, 700);

        new LayeredLayout().Apply(diagram);

        b.Position.ShouldNotBe(new Point(700, 700));
    }
}
