using InfraDesigner.Domain.Samples;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Web.Components.Canvas;
using InfraDesigner.Web.Features.Editing;

namespace InfraDesigner.Web.Tests.Components.Canvas;

public sealed class TopologyDiagramTests
{
    private static Topology Sample(string name) => SampleTopologies.Get(name).Topology;

    [Fact]
    public void Every_element_zone_and_cable_of_a_sample_is_drawn()
    {
        var topology = Sample("zones-firewall");
        var view = new TopologyDiagram();
        view.Load(topology);

        view.Diagram.AllNodes.OfType<IElementModel>().Count().ShouldBe(topology.Elements.Count);
        view.Diagram.Groups.OfType<ZoneFrame>().Select(z => z.Zone.Name).ShouldBe(topology.Zones.Select(z => z.Name), ignoreOrder: true);
        view.Diagram.Links.Count.ShouldBe(topology.Links.Count);
        view.Diagram.GetNode("app-a")!.Group.ShouldBeOfType<ZoneFrame>().Zone.Name.ShouldBe("A");
    }

    [Fact]
    public void Vms_are_drawn_inside_their_host_and_hosts_inside_their_cluster()
    {
        var view = new TopologyDiagram();
        view.Load(Sample("cluster-capacity"));

        var vm = view.Diagram.Nodes.OfType<ElementNode>().First(n => n.Element is Domain.Compute.VirtualMachine { HostName: not null });
        vm.Group.ShouldBeOfType<ElementFrame>().Element.Name.ShouldBe(((Domain.Compute.VirtualMachine)vm.Element).HostName);
    }

    [Fact]
    public void An_update_touches_only_the_nodes_of_the_changed_items()
    {
        var before = Sample("web-lb");
        var view = new TopologyDiagram();
        view.Load(before);
        var untouched = view.Diagram.GetNode("web1")!.Version;
        var after = TopologyEdits.Move(before, [("web2", 900, 900)]);

        view.Apply(after, TopologyItems.Diff(before, after));

        view.Diagram.GetNode("web2")!.Position.X.ShouldBe(900);
        view.Diagram.GetNode("web1")!.Version.ShouldBe(untouched);
    }

    [Fact]
    public void A_rename_redraws_the_node_under_its_new_name_with_its_cables()
    {
        var before = Sample("zones-firewall");
        var view = new TopologyDiagram();
        view.Load(before);
        var after = TopologyEdits.Rename(before, "app-a", "app-1");

        view.Apply(after, TopologyItems.Diff(before, after));

        view.Diagram.GetNode("app-a").ShouldBeNull();
        view.Diagram.Links.Count(l => l.Touches(view.Diagram.GetNode("app-1")!)).ShouldBe(after.Links.Count(l => l.A.Element == "app-1" || l.B.Element == "app-1"));
    }

    [Fact]
    public void Cabling_two_vms_is_refused_with_the_reason()
    {
        var topology = new Topology { Name = "t" };
        topology = TopologyEdits.AddElement(topology, ElementFactory.Create(Palette.Find("vm")!, topology, 0, 0));
        topology = TopologyEdits.AddElement(topology, ElementFactory.Create(Palette.Find("vm")!, topology, 300, 0));
        var view = new TopologyDiagram();
        view.Load(topology);
        string? reason = null;
        view.Diagram.LinkRefused += refusal => reason = refusal.Reason;

        view.Diagram.TryConnect(view.Diagram.GetPort("vm-01", "eth0")!, view.Diagram.GetPort("vm-02", TopologyDiagram.NewPortId)).ShouldBeNull();

        reason.ShouldBe("A VM connects to a switch, not to another VM.");
    }

    [Fact]
    public void Links_start_from_the_edges_of_elements_and_hosts_but_not_of_zones_and_clusters()
    {
        var view = new TopologyDiagram();
        view.Load(Sample("cluster-capacity"));
        var zones = new TopologyDiagram();
        zones.Load(Sample("zones-firewall"));

        view.Diagram.AllNodes.OfType<ElementFrame>().Where(f => f.Element.Kind == Domain.Topologies.ElementKind.Cluster).ShouldAllBe(f => !f.ConnectsFromEdge);
        view.Diagram.AllNodes.OfType<ElementFrame>().Where(f => f.Element.Kind == Domain.Topologies.ElementKind.PhysicalHost).ShouldAllBe(f => f.ConnectsFromEdge);
        view.Diagram.Nodes.OfType<ElementNode>().ShouldAllBe(n => n.ConnectsFromEdge);
        zones.Diagram.Groups.OfType<ZoneFrame>().ShouldAllBe(z => !z.ConnectsFromEdge);
    }

    [Fact]
    public void Vlans_ten_and_twenty_get_different_colours()
    {
        VlanColours.Of(10).ShouldNotBe(VlanColours.Of(20));
    }
}
