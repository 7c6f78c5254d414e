using InfraDesigner.Data.Documents;
using InfraDesigner.Domain.Compute;
using InfraDesigner.Domain.Documents;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Samples;
using InfraDesigner.Domain.Storage;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Domain.Validation;
using InfraDesigner.Web.Features.Editing;

namespace InfraDesigner.Web.Tests.Features.Editing;

public sealed class TopologyEditsTests
{
    private static Topology Sample(string name) => SampleTopologies.Get(name).Topology;

    [Fact]
    public void Default_names_count_up_per_prefix()
    {
        var topology = new Topology { Name = "t" };
        var vm = Palette.Find("vm")!;
        topology = TopologyEdits.AddElement(topology, ElementFactory.Create(vm, topology, 0, 0));
        topology = TopologyEdits.AddElement(topology, ElementFactory.Create(vm, topology, 0, 0));
        topology = TopologyEdits.AddElement(topology, ElementFactory.Create(Palette.Find("switch")!, topology, 0, 0));

        topology.Elements.Select(e => e.Name).ShouldBe(["vm-01", "vm-02", "sw-01"]);
    }

    [Fact]
    public void Every_palette_item_makes_a_valid_element()
    {
        var topology = new Topology { Name = "t" };
        foreach (var item in Palette.Items.Where(i => i.Kind is not null))
            topology = TopologyEdits.AddElement(topology, ElementFactory.Create(item, topology, 0, 0));

        TopologyValidator.Validate(topology).Where(p => p.IsError).ShouldBeEmpty();
        topology.Elements.Select(e => e.Kind).Distinct().Count().ShouldBe(Enum.GetValues<ElementKind>().Length);
    }

    [Fact]
    public void A_sap_server_from_the_palette_listens_on_the_gateway_port()
    {
        var sap = ElementFactory.Create(Palette.Find("sap")!, new Topology { Name = "t" }, 0, 0);
        sap.Services.Select(s => s.Port).ShouldContain(3300);
        Palette.IconOf(sap).ShouldBe("sap");
    }

    [Fact]
    public void Renaming_updates_every_reference()
    {
        var topology = Sample("nas-share");
        var renamed = TopologyEdits.Rename(topology, "vm-new1", "vm-fresh");

        renamed.FindElement("vm-new1").ShouldBeNull();
        renamed.FindElement("vm-fresh").ShouldNotBeNull();
        var document = TopologyDocumentSerializer.Export(renamed);
        document.ShouldNotContain("\"vm-new1\"");
        document.ShouldNotContain("vm:vm-new1");
        TopologyValidator.Validate(renamed).Count(p => p.IsError).ShouldBe(0);
    }

    [Fact]
    public void Renaming_to_a_name_in_use_is_refused_at_the_name()
    {
        var error = Should.Throw<EditRefusedException>(() => TopologyEdits.Rename(Sample("zones-firewall"), "app-a", "sap"));
        error.Problem.Path.ShouldBe("name");
    }

    [Fact]
    public void Deleting_an_element_takes_its_links_and_the_references_to_it()
    {
        var topology = Sample("web-lb");
        var deleted = TopologyEdits.Delete(topology, ["web2"]);

        deleted.FindElement("web2").ShouldBeNull();
        deleted.Links.ShouldAllBe(l => l.A.Element != "web2" && l.B.Element != "web2");
        deleted.ElementsOf<LoadBalancer>().Single().Members.ShouldAllBe(m => m.Element != "web2");
        TopologyValidator.Validate(deleted).Count(p => p.IsError).ShouldBe(0);
    }

    [Fact]
    public void Deleting_a_vm_removes_it_from_share_access_lists()
    {
        var deleted = TopologyEdits.Delete(Sample("nas-share"), ["vm-new1"]);
        var acl = deleted.ElementsOf<StorageSystem>().SelectMany(s => s.Shares).SelectMany(s => s.Acl);
        acl.ShouldAllBe(a => a.Principal.Name != "vm-new1");
    }

    [Fact]
    public void Connecting_makes_a_new_switch_port_when_none_is_free()
    {
        var topology = new Topology { Name = "t" };
        topology = TopologyEdits.AddElement(topology, ElementFactory.Create(Palette.Find("vm")!, topology, 0, 0));
        topology = TopologyEdits.AddElement(topology, ElementFactory.Create(Palette.Find("switch")!, topology, 0, 0));

        var (connected, link) = TopologyEdits.Connect(topology, "vm-01", "eth0", "sw-01", null);

        link.A.ShouldBe(new LinkEndpoint("vm-01", "eth0"));
        link.B.ShouldBe(new LinkEndpoint("sw-01", "port1"));
        connected.FindElement("sw-01")!.Interfaces.Select(i => i.Name).ShouldBe(["port1"]);
        TopologyEdits.RemoveLink(connected, link).Links.ShouldBeEmpty();
    }

    [Fact]
    public void Placing_a_vm_in_a_host_runs_it_there()
    {
        var topology = Sample("cluster-capacity");
        var vm = topology.ElementsOf<VirtualMachine>().First(v => v.HostName != "host2");
        var placed = TopologyEdits.PlaceIn(topology, vm.Name, "host2");

        var moved = placed.FindElement<VirtualMachine>(vm.Name)!;
        moved.HostName.ShouldBe("host2");
        moved.Canvas.ParentName.ShouldBe("host2");
        TopologyEdits.PlaceIn(placed, vm.Name, null).FindElement<VirtualMachine>(vm.Name)!.IsPlacedAutomatically.ShouldBeTrue();
    }

    [Fact]
    public void Firewall_rules_can_be_reordered()
    {
        var rules = new Domain.EquatableArray<FirewallRule>([new() { Name = "a" }, new() { Name = "b" }, new() { Name = "c" }]);
        ListEdits.Move(rules, 2, 0).Select(r => r.Name).ShouldBe(["c", "a", "b"]);
        ListEdits.Move(rules, 0, 5).Select(r => r.Name).ShouldBe(["b", "c", "a"]);
        Should.Throw<EditRefusedException>(() => ListEdits.Remove(rules, 3));
    }

    [Fact]
    public void Item_keys_match_the_store_layout()
    {
        var topology = Sample("vlans");
        foreach (var item in TopologyItems.All(topology))
        {
            var (collection, json) = TopologyItemSerializer.Serialize(item);
            TopologyItems.KeyOf(item).ShouldBe(new ItemKey(collection, DocumentLayout.KeyOf(collection, json)));
        }
    }

    [Fact]
    public void A_diff_applied_to_the_old_topology_gives_the_new_one_and_reversed_gives_the_old()
    {
        var before = Sample("zones-eai");
        var after = TopologyEdits.Delete(TopologyEdits.Move(before, [("eai", 1, 2)]), ["sap"]);

        var patches = TopologyItems.Diff(before, after);

        TopologyItems.Apply(before, patches).ShouldBe(after);
        TopologyItems.Apply(after, patches.Select(p => p.Reversed)).Elements.Select(e => e.Name).Order()
            .ShouldBe(before.Elements.Select(e => e.Name).Order());
    }

    [Fact]
    public void Renaming_a_zone_moves_its_members_rules_and_firewall_interfaces_along()
    {
        var renamed = TopologyEdits.RenameZone(Sample("zones-firewall"), "A", "business");

        renamed.FindZone("business").ShouldNotBeNull();
        renamed.FindElement("app-a")!.Canvas.ParentName.ShouldBe("business");
        renamed.ElementsOf<Firewall>().SelectMany(f => f.Interfaces).ShouldContain(i => i.ZoneName == "business");
        TopologyValidator.Validate(renamed).Count(p => p.IsError).ShouldBe(0);
    }

    [Fact]
    public void Deleting_a_zone_keeps_its_members_unframed()
    {
        var deleted = TopologyEdits.DeleteZone(Sample("zones-firewall"), "A");

        deleted.FindZone("A").ShouldBeNull();
        deleted.FindElement("app-a")!.Canvas.ParentName.ShouldBeNull();
        TopologyValidator.Validate(deleted).Count(p => p.IsError).ShouldBe(0);
    }
}
