using InfraDesigner.Diagrams.Commands;
using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;
using InfraDesigner.Diagrams.Routing;

namespace InfraDesigner.Diagrams.Tests.Models;

public class DiagramTests
{
    [Fact]
    public void Added_nodes_groups_and_links_can_be_found_by_id()
    {
        var diagram = TestDiagram.Create();
        var group = diagram.AddGroup(new GroupModel("g"));
        var a = diagram.Node("a", 0, 0, group: group);
        var b = diagram.Node("b", 300, 0);
        var link = diagram.Link(a, b, "l");

        diagram.GetNode("a").ShouldBeSameAs(a);
        diagram.GetNode("g").ShouldBeSameAs(group);
        diagram.GetLink("l").ShouldBeSameAs(link);
        diagram.Nodes.ShouldBe([a, b]);
        diagram.Groups.ShouldBe([group]);
        a.Group.ShouldBeSameAs(group);
        group.Children.ShouldBe([a]);
    }

    [Fact]
    public void Two_elements_cannot_share_an_id()
    {
        var diagram = TestDiagram.Create();
        diagram.Node("a", 0, 0);

        Should.Throw<InvalidOperationException>(() => diagram.Node("a", 10, 10));
    }

    [Fact]
    public void Removing_a_node_removes_the_links_that_touch_it()
    {
        var diagram = TestDiagram.Create();
        var a = diagram.Node("a", 0, 0);
        var b = diagram.Node("b", 300, 0);
        var c = diagram.Node("c", 600, 0);
        diagram.Link(a, b);
        var kept = diagram.Link(b, c);

        diagram.Remove([a]);

        diagram.Links.ShouldBe([kept]);
    }

    [Fact]
    public void Removing_a_group_removes_everything_inside_it()
    {
        var diagram = TestDiagram.Create();
        var cluster = diagram.AddGroup(new GroupModel("cluster"));
        var host = diagram.AddGroup(new GroupModel("host"), cluster);
        diagram.Node("vm", 0, 0, group: host);

        diagram.Remove([cluster]);

        diagram.AllNodes.ShouldBeEmpty();
    }

    [Fact]
    public void Edits_raise_events_a_host_can_persist_from()
    {
        var diagram = TestDiagram.Create();
        var log = new List<string>();
        diagram.NodeAdded += n => log.Add("added " + n.Id);
        diagram.NodesMoved += moves => log.Add("moved " + string.Join(",", moves.Select(m => $"{m.Node.Id}@{m.To.X},{m.To.Y}")));
        diagram.LinkAdded += l => log.Add("linked " + l.Id);
        diagram.ElementChanged += (e, p) => log.Add($"changed {e.Id}.{p}");
        diagram.LinkRemoved += l => log.Add("unlinked " + l.Id);
        diagram.NodeRemoved += n => log.Add("removed " + n.Id);

        var a = diagram.Node("a", 0, 0);
        var b = diagram.Node("b", 300, 0);
        diagram.Link(a, b, "l");
        diagram.MoveNodes([a], 20, 40);
        diagram.SetTitle(a, "web-01");
        diagram.Remove([a]);

        log.ShouldBe(["added a", "added b", "linked l", "moved a@20,40", "changed a.Title", "unlinked l", "removed a"]);
    }

    [Fact]
    public void An_auto_sized_group_wraps_its_children_with_padding_and_a_header()
    {
        var diagram = TestDiagram.Create();
        var host = diagram.AddGroup(new GroupModel("host") { Padding = 10, HeaderHeight = 30 });
        diagram.Node("vm1", 100, 100, 50, 50, host);
        diagram.Node("vm2", 200, 100, 50, 50, host);

        host.Bounds.ShouldBe(new Rect(90, 60, 170, 100));
    }

    [Fact]
    public void A_group_follows_its_children_when_they_move()
    {
        var diagram = TestDiagram.Create();
        var host = diagram.AddGroup(new GroupModel("host") { Padding = 10, HeaderHeight = 30 });
        var vm = diagram.Node("vm", 100, 100, 50, 50, host);

        diagram.MoveNodes([vm], 100, 0);

        host.Bounds.Left.ShouldBe(190);
    }

    [Fact]
    public void Collapsing_a_group_hides_its_children_and_shrinks_it_to_its_header()
    {
        var diagram = TestDiagram.Create();
        var host = diagram.AddGroup(new GroupModel("host") { Padding = 10, HeaderHeight = 30 });
        var vm = diagram.Node("vm", 100, 100, 50, 50, host);

        diagram.SetCollapsed(host, true);

        vm.IsHidden.ShouldBeTrue();
        host.Size.Height.ShouldBe(40);
    }

    [Fact]
    public void Ports_on_one_side_are_spread_evenly()
    {
        var diagram = TestDiagram.Create();
        var node = diagram.Node("switch", 0, 0, 120, 40);
        var p1 = node.AddPort(PortAlignment.Bottom);
        var p2 = node.AddPort(PortAlignment.Bottom);
        var p3 = node.AddPort(PortAlignment.Bottom);
        var left = node.AddPort(PortAlignment.Left);

        p1.Position.ShouldBe(new Point(30, 40));
        p2.Position.ShouldBe(new Point(60, 40));
        p3.Position.ShouldBe(new Point(90, 40));
        left.Position.ShouldBe(new Point(0, 20));
    }

    [Fact]
    public void Selection_changes_are_reported_once_per_change()
    {
        var diagram = TestDiagram.Create();
        var a = diagram.Node("a", 0, 0);
        var b = diagram.Node("b", 200, 0);
        var raised = 0;
        diagram.SelectionChanged += () => raised++;

        diagram.Select([a, b]);
        diagram.Select([a, b]);
        diagram.ToggleSelected(b);

        raised.ShouldBe(2);
        diagram.SelectedNodes.ShouldBe([a]);
    }

    [Fact]
    public void A_refused_link_reports_the_validators_reason_and_adds_nothing()
    {
        var diagram = TestDiagram.Create();
        var vm1 = diagram.Node("vm1", 0, 0).WithPorts();
        var vm2 = diagram.Node("vm2", 300, 0).WithPorts();
        diagram.LinkValidator = (_, _) => LinkValidation.Refuse("VM to VM needs a switch");
        LinkRefusal? refusal = null;
        diagram.LinkRefused += r => refusal = r;

        var link = diagram.TryConnect(vm1.Ports[0], vm2.Ports[0]);

        link.ShouldBeNull();
        diagram.Links.ShouldBeEmpty();
        refusal.ShouldNotBeNull().Reason.ShouldBe("VM to VM needs a switch");
        diagram.UndoStack.UndoName.ShouldBe("Add node");
    }

    [Fact]
    public void An_accepted_link_is_made_by_the_hosts_factory()
    {
        var diagram = TestDiagram.Create();
        var vm = diagram.Node("vm", 0, 0).WithPorts();
        var sw = diagram.Node("sw", 300, 0).WithPorts();
        diagram.LinkValidator = (_, _) => LinkValidation.Ok;
        diagram.LinkFactory = (s, t) => new LinkModel(s, t, "nic-link");

        var link = diagram.TryConnect(vm.GetPort(PortAlignment.Right)!, sw.GetPort(PortAlignment.Left)!);

        link.ShouldNotBeNull().Id.ShouldBe("nic-link");
        diagram.Links.ShouldBe([link]);
    }

    [Fact]
    public void A_node_cannot_be_linked_to_itself()
    {
        var diagram = TestDiagram.Create();
        var vm = diagram.Node("vm", 0, 0).WithPorts();

        diagram.TryConnect(vm.Ports[0], vm.Ports[1]).ShouldBeNull();
    }

    [Fact]
    public void Moving_a_group_moves_what_is_inside_as_one_step()
    {
        var diagram = TestDiagram.Create();
        var zone = diagram.AddGroup(new GroupModel("zone", new Point(0, 0), new Size(500, 500)) { AutoSize = false });
        var vm = diagram.Node("vm", 100, 100, group: zone);
        IReadOnlyList<NodeMove>? moved = null;
        diagram.NodesMoved += m => moved = m;

        diagram.MoveNodes([zone], 50, 0);

        zone.Position.ShouldBe(new Point(50, 0));
        vm.Position.ShouldBe(new Point(150, 100));
        moved.ShouldNotBeNull().Count.ShouldBe(2);
    }
}
