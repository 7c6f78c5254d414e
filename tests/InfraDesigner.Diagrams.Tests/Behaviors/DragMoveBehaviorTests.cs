using InfraDesigner.Diagrams.Behaviors;
using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams.Tests.Behaviors;

public class DragMoveBehaviorTests
{
    private readonly DragMoveBehavior _drag = new();

    [Fact]
    public void A_dropped_node_snaps_to_the_grid()
    {
        var diagram = TestDiagram.Create(o => o with { SnapToGrid = true, GridSize = 20 });
        var node = diagram.Node("a", 0, 0);

        _drag.Drop(diagram, node, 33, 48).ShouldBeTrue();

        node.Position.ShouldBe(new Point(40, 40));
    }

    [Fact]
    public void An_alignment_guide_wins_over_the_grid()
    {
        var diagram = TestDiagram.Create(o => o with { SnapToGrid = true, GridSize = 20, ShowAlignmentGuides = true, GuideThreshold = 6 });
        var node = diagram.Node("a", 0, 0, 100, 50);
        diagram.Node("b", 203, 300, 100, 50);

        _drag.Drop(diagram, node, 199, 0);

        node.Position.X.ShouldBe(203);
    }

    [Fact]
    public void A_guide_on_one_axis_leaves_the_other_axis_on_the_grid()
    {
        var diagram = TestDiagram.Create(o => o with { SnapToGrid = true, GridSize = 20, ShowAlignmentGuides = true, GuideThreshold = 6 });
        var node = diagram.Node("a", 0, 0, 100, 50);
        diagram.Node("b", 900, 207, 100, 50);

        _drag.Drop(diagram, node, 103, 205);

        node.Position.ShouldBe(new Point(100, 207));
    }

    [Fact]
    public void Dragging_a_selected_node_moves_the_whole_selection_in_one_undo_step()
    {
        var diagram = TestDiagram.Create();
        var a = diagram.Node("a", 0, 0);
        var b = diagram.Node("b", 200, 0);
        var unselected = diagram.Node("c", 400, 0);
        diagram.Select([a, b]);

        _drag.Drop(diagram, a, 10, 20);

        a.Position.ShouldBe(new Point(10, 20));
        b.Position.ShouldBe(new Point(210, 20));
        unselected.Position.ShouldBe(new Point(400, 0));
        diagram.Undo();
        a.Position.ShouldBe(new Point(0, 0));
        b.Position.ShouldBe(new Point(200, 0));
        diagram.UndoStack.CanUndo.ShouldBeTrue();
        diagram.UndoStack.UndoName.ShouldBe("Add node");
    }

    [Fact]
    public void Dragging_an_unselected_node_moves_only_that_node()
    {
        var diagram = TestDiagram.Create();
        var a = diagram.Node("a", 0, 0);
        var b = diagram.Node("b", 200, 0);
        diagram.Select([b]);

        _drag.Drop(diagram, a, 10, 0);

        b.Position.ShouldBe(new Point(200, 0));
    }

    [Fact]
    public void Locked_nodes_stay_put()
    {
        var diagram = TestDiagram.Create();
        var a = diagram.Node("a", 0, 0);
        var locked = diagram.Node("b", 200, 0);
        diagram.SetLocked(locked, true);
        diagram.Select([a, locked]);

        _drag.Drop(diagram, a, 10, 0);

        locked.Position.ShouldBe(new Point(200, 0));
        _drag.Drop(diagram, locked, 10, 0).ShouldBeFalse();
    }

    [Fact]
    public void A_drop_that_snaps_back_to_where_it_started_changes_nothing()
    {
        var diagram = TestDiagram.Create(o => o with { SnapToGrid = true, GridSize = 20 });
        var node = diagram.Node("a", 0, 0);

        _drag.Drop(diagram, node, 4, 3).ShouldBeFalse();

        diagram.UndoStack.UndoName.ShouldBe("Add node");
    }

    [Fact]
    public void A_node_dropped_onto_a_group_joins_it_and_one_undo_takes_it_back_out()
    {
        var diagram = TestDiagram.Create();
        var host = diagram.AddGroup(new GroupModel("host", new Point(0, 0), new Size(400, 300)) { AutoSize = false });
        var vm = diagram.Node("vm", 600, 0, 100, 50);

        _drag.Drop(diagram, vm, -500, 100);

        vm.Group.ShouldBeSameAs(host);
        diagram.Undo();
        vm.Group.ShouldBeNull();
        vm.Position.ShouldBe(new Point(600, 0));
    }

    [Fact]
    public void The_host_can_refuse_a_group()
    {
        var diagram = TestDiagram.Create();
        var host = diagram.AddGroup(new GroupModel("host", new Point(0, 0), new Size(400, 300)) { AutoSize = false });
        var vm = diagram.Node("vm", 600, 0, 100, 50);
        _drag.CanDropInto = (_, _) => false;

        _drag.Drop(diagram, vm, -500, 100);

        vm.Group.ShouldBeNull();
    }

    [Fact]
    public void A_node_dragged_out_of_its_group_leaves_it()
    {
        var diagram = TestDiagram.Create();
        var host = diagram.AddGroup(new GroupModel("host"));
        var vm = diagram.Node("vm", 100, 100, 100, 50, host);
        diagram.Node("other", 100, 200, 100, 50, host);

        _drag.Drop(diagram, vm, 1000, 0);

        vm.Group.ShouldBeNull();
        host.Children.Count.ShouldBe(1);
    }

    [Fact]
    public void Dragging_a_group_takes_its_contents_along()
    {
        var diagram = TestDiagram.Create();
        var cluster = diagram.AddGroup(new GroupModel("cluster"));
        var host = diagram.AddGroup(new GroupModel("host"), cluster);
        var vm = diagram.Node("vm", 100, 100, group: host);

        _drag.DragSet(diagram, cluster).ShouldBe([cluster, host, vm], ignoreOrder: true);
        _drag.Drop(diagram, cluster, 50, 0);

        vm.Position.ShouldBe(new Point(150, 100));
        vm.Group.ShouldBeSameAs(host);
    }
}
