using InfraDesigner.Diagrams.Commands;
using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams.Tests.Commands;

public class UndoStackTests
{
    private readonly Diagram _diagram = TestDiagram.Create();

    [Fact]
    public void Adding_a_node_is_undone_and_redone()
    {
        var node = _diagram.Node("a", 0, 0);

        _diagram.Undo().ShouldBeTrue();
        _diagram.Nodes.ShouldBeEmpty();
        _diagram.Redo().ShouldBeTrue();
        _diagram.Nodes.ShouldBe([node]);
    }

    [Fact]
    public void Removing_nodes_with_links_and_groups_is_undone_completely()
    {
        var host = _diagram.AddGroup(new GroupModel("host"));
        var vm = _diagram.Node("vm", 0, 0, group: host);
        var sw = _diagram.Node("sw", 400, 0);
        var link = _diagram.Link(vm, sw);

        _diagram.Remove([host]);
        _diagram.AllNodes.ShouldBe([sw]);
        _diagram.Undo();

        _diagram.AllNodes.ShouldBe([host, vm, sw], ignoreOrder: true);
        vm.Group.ShouldBeSameAs(host);
        host.Children.ShouldBe([vm]);
        _diagram.Links.ShouldBe([link]);

        _diagram.Redo();
        _diagram.AllNodes.ShouldBe([sw]);
        _diagram.Links.ShouldBeEmpty();
    }

    [Fact]
    public void A_multi_node_move_is_one_undo_step()
    {
        var a = _diagram.Node("a", 0, 0);
        var b = _diagram.Node("b", 200, 0);
        _diagram.MoveNodes([a, b], 40, 60);

        _diagram.Undo();

        a.Position.ShouldBe(new Point(0, 0));
        b.Position.ShouldBe(new Point(200, 0));
        _diagram.Redo();
        a.Position.ShouldBe(new Point(40, 60));
        b.Position.ShouldBe(new Point(240, 60));
    }

    [Fact]
    public void Undoing_a_move_reports_the_nodes_moved_back()
    {
        var a = _diagram.Node("a", 0, 0);
        _diagram.MoveNodes([a], 40, 60);
        IReadOnlyList<NodeMove>? reported = null;
        _diagram.NodesMoved += m => reported = m;

        _diagram.Undo();

        reported.ShouldNotBeNull().ShouldHaveSingleItem().To.ShouldBe(new Point(0, 0));
    }

    [Fact]
    public void Resizing_is_undone()
    {
        var a = _diagram.Node("a", 0, 0, 100, 50);
        _diagram.ResizeNode(a, new Size(200, 80));

        _diagram.Undo();

        a.Size.ShouldBe(new Size(100, 50));
        _diagram.Redo();
        a.Size.ShouldBe(new Size(200, 80));
    }

    [Fact]
    public void Adding_and_removing_a_link_are_undone()
    {
        var a = _diagram.Node("a", 0, 0);
        var b = _diagram.Node("b", 300, 0);
        var link = _diagram.Link(a, b);
        _diagram.Remove(link);

        _diagram.Undo();
        _diagram.Links.ShouldBe([link]);
        _diagram.Undo();
        _diagram.Links.ShouldBeEmpty();
    }

    [Fact]
    public void Property_changes_are_undone()
    {
        var a = _diagram.Node("a", 0, 0);
        var b = _diagram.Node("b", 300, 0);
        var link = _diagram.Link(a, b);
        _diagram.SetTitle(a, "vm-01");
        _diagram.SetData(a, "cpu=4");
        _diagram.SetLinkLabel(link, "vlan 10");
        _diagram.SetLinkColor(link, "#f00");

        for (var i = 0; i < 4; i++)
            _diagram.Undo();

        a.Title.ShouldBeNull();
        a.Data.ShouldBeNull();
        link.Label.ShouldBeNull();
        link.Color.ShouldBeNull();
    }

    [Fact]
    public void A_hosts_own_property_change_is_undone_through_a_property_command()
    {
        var settings = new Dictionary<string, int> { ["vcpu"] = 2 };
        var node = _diagram.Node("vm", 0, 0);
        _diagram.Execute(new ChangePropertyCommand<int>(node, "vcpu", () => settings["vcpu"], v => settings["vcpu"] = v, 8));

        _diagram.Undo();

        settings["vcpu"].ShouldBe(2);
    }

    [Fact]
    public void Moving_a_node_into_a_group_is_undone()
    {
        var host = _diagram.AddGroup(new GroupModel("host"));
        var other = _diagram.Node("other", 0, 0, group: host);
        var vm = _diagram.Node("vm", 500, 0);
        _diagram.SetGroup(vm, host);

        _diagram.Undo();

        vm.Group.ShouldBeNull();
        host.Children.ShouldBe([other]);
    }

    [Fact]
    public void Collapsing_is_undone()
    {
        var host = _diagram.AddGroup(new GroupModel("host"));
        var vm = _diagram.Node("vm", 0, 0, group: host);
        _diagram.SetCollapsed(host, true);

        _diagram.Undo();

        host.Collapsed.ShouldBeFalse();
        vm.IsHidden.ShouldBeFalse();
    }

    [Fact]
    public void Locking_is_undone()
    {
        var zone = _diagram.Node("zone", 0, 0);
        _diagram.SetLocked(zone, true);

        _diagram.Undo();

        zone.Locked.ShouldBeFalse();
    }

    [Fact]
    public void Commands_run_in_a_group_scope_are_one_step()
    {
        using (_diagram.UndoStack.Group("Build"))
        {
            _diagram.Node("a", 0, 0);
            _diagram.Node("b", 0, 0);
        }

        _diagram.UndoStack.UndoName.ShouldBe("Build");
        _diagram.Undo();
        _diagram.Nodes.ShouldBeEmpty();
        _diagram.UndoStack.CanUndo.ShouldBeFalse();
    }

    [Fact]
    public void A_new_edit_clears_what_could_be_redone()
    {
        _diagram.Node("a", 0, 0);
        _diagram.Undo();

        _diagram.Node("b", 0, 0);

        _diagram.UndoStack.CanRedo.ShouldBeFalse();
        _diagram.Redo().ShouldBeFalse();
    }

    [Fact]
    public void Edits_made_while_suspended_are_not_recorded()
    {
        using (_diagram.UndoStack.Suspend())
            _diagram.Node("loaded", 0, 0);

        _diagram.UndoStack.CanUndo.ShouldBeFalse();
        _diagram.Nodes.Count.ShouldBe(1);
    }

    [Fact]
    public void Undo_with_nothing_to_undo_does_nothing() => _diagram.Undo().ShouldBeFalse();
}
