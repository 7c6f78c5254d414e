using InfraDesigner.Diagrams.Arrange;
using InfraDesigner.Diagrams.Behaviors;
using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams.Tests.Arrange;

public class SelectionArrangeTests
{
    private readonly Diagram _diagram = TestDiagram.Create();

    [Fact]
    public void Aligning_the_selection_moves_only_the_selected_nodes_as_one_undo_step()
    {
        var a = _diagram.Node("a", 10, 0);
        var b = _diagram.Node("b", 60, 100);
        var other = _diagram.Node("other", 300, 300);
        _diagram.Select([a, b]);

        _diagram.AlignSelection(AlignEdge.Left);

        b.Position.ShouldBe(new Point(10, 100));
        other.Position.ShouldBe(new Point(300, 300));
        _diagram.Undo().ShouldBeTrue();
        b.Position.ShouldBe(new Point(60, 100));
    }

    [Fact]
    public void A_selected_frame_carries_what_it_holds_and_its_children_are_not_aligned_on_their_own()
    {
        var host = _diagram.AddGroup(new GroupModel("host", new Point(200, 0), new Size(300, 200)) { AutoSize = false });
        var vm = _diagram.Node("vm", 250, 80, group: host);
        var switchNode = _diagram.Node("sw", 0, 300);
        _diagram.Select([host, vm, switchNode]);

        _diagram.AlignSelection(AlignEdge.Left);

        host.Position.ShouldBe(new Point(0, 0));
        vm.Position.ShouldBe(new Point(50, 80));
        switchNode.Position.ShouldBe(new Point(0, 300));
    }

    [Fact]
    public void Nodes_in_a_frame_of_fixed_size_stay_inside_it()
    {
        var zone = _diagram.AddGroup(new GroupModel("zone", new Point(200, 0), new Size(400, 400)) { AutoSize = false });
        var inside = _diagram.Node("inside", 300, 100, group: zone);
        var outside = _diagram.Node("outside", 0, 300);
        _diagram.Select([inside, outside]);

        _diagram.AlignSelection(AlignEdge.Left);

        inside.Position.X.ShouldBe(zone.ContentArea(zone.Bounds).Left);
        outside.Position.ShouldBe(new Point(0, 300));
    }

    [Fact]
    public void Locked_nodes_stay_where_they_are()
    {
        var a = _diagram.Node("a", 0, 0);
        var locked = _diagram.Node("locked", 100, 100);
        var c = _diagram.Node("c", 200, 200);
        _diagram.SetLocked(locked, true);
        _diagram.Select([a, locked, c]);

        _diagram.AlignSelection(AlignEdge.Top);

        locked.Position.ShouldBe(new Point(100, 100));
        c.Position.ShouldBe(new Point(200, 0));
    }

    [Fact]
    public void The_keyboard_distributes_three_selected_nodes_with_equal_gaps()
    {
        var a = _diagram.Node("a", 0, 0);
        var b = _diagram.Node("b", 130, 80, width: 60);
        var c = _diagram.Node("c", 400, 0);
        _diagram.Select([a, b, c]);

        _diagram.Behaviors.Keyboard.Handle(_diagram, KeyChord.Parse("Alt+Shift+H")).ShouldBeTrue();

        b.Position.ShouldBe(new Point(220, 80));
    }

    [Fact]
    public void A_read_only_drawing_is_not_arranged()
    {
        var diagram = TestDiagram.Create(o => o with { ReadOnly = true });
        var a = diagram.Node("a", 0, 0);
        var b = diagram.Node("b", 50, 100);
        diagram.Select([a, b]);

        diagram.AlignSelection(AlignEdge.Left);
        diagram.Behaviors.Keyboard.Handle(diagram, KeyChord.Parse("Alt+Shift+L")).ShouldBeFalse();

        b.Position.ShouldBe(new Point(50, 100));
    }
}
