using InfraDesigner.Domain.Addressing;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Samples;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Web.Tests.Components.Panels;

/// <summary>The router of zones-eai: routes to 10.20.20.0/24 and 10.30.30.0/24 via fw-ab (10.0.0.2).</summary>
public sealed class StaticRoutesEditorTests : PanelTestBase
{
    private static Router RouterOf(Topology topology) => topology.FindElement<Router>("router")!;

    [Fact]
    public async Task A_route_added_then_edited_in_the_panel_is_stored_and_shown_in_its_row()
    {
        var session = await OpenAsync(SampleTopologies.ZonesEai.Topology);
        await SelectAsync(session, "router");

        await Panel.ClickAsync("data-testid", "add-static-routes");
        await Panel.ChangeAsync("data-field", "staticRoutes[2].destination", "10.40.0.0/16");
        var page = await Panel.ChangeAsync("data-field", "staticRoutes[2].nextHop", "10.10.10.254");

        var added = RouterOf(await StoredAsync()).StaticRoutes[2];
        added.Destination.ShouldBe(Ipv4Cidr.Parse("10.40.0.0/16"));
        added.NextHop.ShouldBe(Ipv4.Parse("10.10.10.254"));
        added.InterfaceName.ShouldBeNull();
        ValueAt(page, "staticRoutes[2].destination").ShouldBe("10.40.0.0/16");
        page.QuerySelectorAll("[data-testid=static-routes] .item-card").Length.ShouldBe(3);
    }

    [Fact]
    public async Task A_bad_destination_shows_its_message_at_the_field_and_stores_nothing()
    {
        var session = await OpenAsync(SampleTopologies.ZonesEai.Topology);
        await SelectAsync(session, "router");

        var page = await Panel.ChangeAsync("data-field", "staticRoutes[0].destination", "10.0.0.300/24");

        MessageAt(page, "staticRoutes[0].destination").ShouldStartWith("10.0.0.300/24 is not an IPv4 CIDR");
        RouterOf(await StoredAsync()).StaticRoutes.ShouldBe(RouterOf(SampleTopologies.ZonesEai.Topology).StaticRoutes);
    }

    [Fact]
    public async Task A_route_with_neither_next_hop_nor_interface_is_kept_with_a_warning_that_it_is_not_used()
    {
        var session = await OpenAsync(SampleTopologies.ZonesEai.Topology);
        await SelectAsync(session, "router");

        var page = await Panel.ChangeAsync("data-field", "staticRoutes[0].nextHop", "");

        MessageAt(page, "staticRoutes[0].nextHop").ShouldBe("No next hop or interface yet: the route is not used until it has one.");
        RouterOf(await StoredAsync()).StaticRoutes[0].NextHop.ShouldBeNull();
    }

    [Fact]
    public async Task A_new_route_on_a_router_without_routes_leaves_the_outgoing_interface_to_the_next_hop()
    {
        var topology = SampleTopologies.ZonesEai.Topology;
        var session = await OpenAsync(topology.WithElement(RouterOf(topology) with { StaticRoutes = [] }));
        await SelectAsync(session, "router");

        await Panel.ClickAsync("data-testid", "add-static-routes");
        await Panel.ChangeAsync("data-field", "staticRoutes[0].nextHop", "10.0.0.2");

        var added = RouterOf(await StoredAsync()).StaticRoutes.ShouldHaveSingleItem();
        added.InterfaceName.ShouldBeNull();
        added.NextHop.ShouldBe(Ipv4.Parse("10.0.0.2"));
    }

    [Fact]
    public async Task A_next_hop_outside_every_subnet_is_stored_with_the_warning_at_the_field()
    {
        var session = await OpenAsync(SampleTopologies.ZonesEai.Topology);
        await SelectAsync(session, "router");

        var page = await Panel.ChangeAsync("data-field", "staticRoutes[1].nextHop", "192.0.2.1");

        MessageAt(page, "staticRoutes[1].nextHop").ShouldBe("Next hop 192.0.2.1 is not in any subnet of router's interfaces.");
        RouterOf(await StoredAsync()).StaticRoutes[1].NextHop.ShouldBe(Ipv4.Parse("192.0.2.1"));
    }

    [Fact]
    public async Task Removing_a_route_stores_the_others()
    {
        var session = await OpenAsync(SampleTopologies.ZonesEai.Topology);
        await SelectAsync(session, "router");

        var page = await Panel.ClickAsync("aria-label", "Remove 10.20.20.0/24 via 10.0.0.2");

        RouterOf(await StoredAsync()).StaticRoutes.Select(r => r.Destination.ToString()).ShouldBe(["10.30.30.0/24"]);
        ValueAt(page, "staticRoutes[0].destination").ShouldBe("10.30.30.0/24");
    }

    [Fact]
    public async Task A_firewall_and_a_load_balancer_have_the_routes_editor_too()
    {
        var session = await OpenAsync(SampleTopologies.WebLb.Topology);

        foreach (var element in session.Topology!.Elements.Where(e => e is Firewall or LoadBalancer))
        {
            var page = await Panel.RenderAsync<Web.Components.Panels.PropertiesPanel>(new() { ["Session"] = session, ["SelectedId"] = element.Name });
            page.QuerySelectorAll("[data-testid=static-routes] .item-card").Length.ShouldBe(((IRoutingElement)element).StaticRoutes.Count, element.Name);
        }
    }
}
