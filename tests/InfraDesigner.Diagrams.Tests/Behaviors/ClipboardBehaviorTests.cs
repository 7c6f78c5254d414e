using InfraDesigner.Diagrams.Behaviors;
using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams.Tests.Behaviors;

public class ClipboardBehaviorTests
{
    private readonly Diagram _diagram = TestDiagram.Create(o => o with { PasteOffset = 40 });
    private readonly ClipboardBehavior _clipboard = new();

    [Fact]
    public void Pasted_nodes_ports_and_links_get_new_ids_and_link_the_copies()
    {
        var a = _diagram.Node("a", 0, 0).WithPorts();
        var b = _diagram.Node("b", 300, 0).WithPorts();
        _diagram.AddLink(new LinkModel(a.GetPort(PortAlignment.Right)!, b.GetPort(PortAlignment.Left)!, "l"));
        _diagram.Select([a, b]);

        _clipboard.Copy(_diagram);
        var pasted = _clipboard.Paste(_diagram);

        pasted.Count.ShouldBe(2);
        pasted.Select(n => n.Id).ShouldNotContain("a");
        pasted.Select(n => n.Id).ShouldNotContain("b");
        pasted.SelectMany(n => n.Ports).Select(p => p.Id).Intersect(a.Ports.Concat(b.Ports).Select(p => p.Id)).ShouldBeEmpty();
        var copyLink = _diagram.Links.Single(l => l.Id != "l");
        pasted.ShouldContain(copyLink.Source.Node);
        pasted.ShouldContain(copyLink.Target.Node);
        copyLink.Source.Port!.Alignment.ShouldBe(PortAlignment.Right);
        copyLink.Source.Port.Parent.ShouldBeSameAs(copyLink.Source.Node);
    }

    [Fact]
    public void Links_to_nodes_outside_the_copy_are_left_behind()
    {
        var a = _diagram.Node("a", 0, 0);
        var b = _diagram.Node("b", 300, 0);
        _diagram.Link(a, b);
        _diagram.Select([a]);

        _clipboard.Copy(_diagram);
        _clipboard.Paste(_diagram);

        _diagram.Links.Count.ShouldBe(1);
    }

    [Fact]
    public void Each_paste_lands_further_away_with_its_own_ids()
    {
        var a = _diagram.Node("a", 0, 0);
        _diagram.Select([a]);
        _clipboard.Copy(_diagram);

        var first = _clipboard.Paste(_diagram).Single();
        var second = _clipboard.Paste(_diagram).Single();

        first.Position.ShouldBe(new Point(40, 40));
        second.Position.ShouldBe(new Point(80, 80));
        first.Id.ShouldNotBe(second.Id);
    }

    [Fact]
    public void A_copied_group_is_pasted_with_its_contents_inside_the_copy()
    {
        var host = _diagram.AddGroup(new GroupModel("host"));
        var vm = _diagram.Node("vm", 0, 0, group: host);
        _diagram.Select([host]);

        _clipboard.Copy(_diagram);
        var pasted = _clipboard.Paste(_diagram);

        var hostCopy = pasted.OfType<GroupModel>().Single();
        var vmCopy = pasted.Single(n => n is not GroupModel);
        vmCopy.Group.ShouldBeSameAs(hostCopy);
        hostCopy.Children.ShouldBe([vmCopy]);
        host.Children.ShouldBe([vm]);
    }

    [Fact]
    public void A_paste_is_one_undo_step_and_selects_what_was_pasted()
    {
        var a = _diagram.Node("a", 0, 0);
        var b = _diagram.Node("b", 300, 0);
        _diagram.Link(a, b);
        _diagram.Select([a, b]);
        _clipboard.Copy(_diagram);

        var pasted = _clipboard.Paste(_diagram);
        _diagram.SelectedNodes.ShouldBe(pasted, ignoreOrder: true);
        _diagram.Undo();

        _diagram.Nodes.ShouldBe([a, b]);
        _diagram.Links.Count.ShouldBe(1);
    }

    [Fact]
    public void The_copy_is_taken_when_copying_not_when_pasting()
    {
        var a = _diagram.Node("a", 0, 0);
        _diagram.SetTitle(a, "before");
        _diagram.Select([a]);
        _clipboard.Copy(_diagram);
        _diagram.SetTitle(a, "after");

        _clipboard.Paste(_diagram).Single().Title.ShouldBe("before");
    }

    [Fact]
    public void Duplicate_copies_the_selection_without_touching_the_clipboard()
    {
        var a = _diagram.Node("a", 0, 0);
        _diagram.Select([a]);

        var duplicate = _clipboard.Duplicate(_diagram).Single();

        duplicate.Position.ShouldBe(new Point(40, 40));
        _clipboard.HasContent.ShouldBeFalse();
    }

    [Fact]
    public void A_derived_node_type_is_kept_and_can_deep_copy_its_data()
    {
        var vm = _diagram.AddNode(new SettingsNode("vm") { Settings = ["cpu=2"] });
        _diagram.Select([vm]);

        var copy = _clipboard.Duplicate(_diagram).Single().ShouldBeOfType<SettingsNode>();

        copy.Settings.ShouldBe(["cpu=2"]);
        copy.Settings.ShouldNotBeSameAs(vm.Settings);
    }

    private sealed class SettingsNode(string id) : NodeModel(id)
    {
        public List<string> Settings { get; set; } = [];

        protected override void OnCopied(NodeModel source) => Settings = [.. ((SettingsNode)source).Settings];
    }

    [Fact]
    public void A_copy_pasted_inside_a_frame_joins_it_and_takes_free_space_there()
    {
        var zone = _diagram.AddGroup(new GroupModel("zone", new Point(0, 0), new Size(500, 300)) { AutoSize = false });
        var sw = _diagram.Node("sw", 40, 60, group: zone);
        _diagram.Select([sw]);
        _clipboard.Copy(_diagram);

        var copy = _clipboard.Paste(_diagram).Single();

        copy.Group.ShouldBe(zone);
        copy.Bounds.Intersects(sw.Bounds).ShouldBeFalse();
        zone.Bounds.Contains(copy.Bounds).ShouldBeTrue();
    }
}
