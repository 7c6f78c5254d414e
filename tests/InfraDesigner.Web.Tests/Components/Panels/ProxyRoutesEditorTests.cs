using InfraDesigner.Domain;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Samples;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Web.Tests.Components.Panels;

/// <summary>zones-eai plus a reverse proxy sending sap.corp/ to sap:443.</summary>
public sealed class ProxyRoutesEditorTests : PanelTestBase
{
    private static readonly Topology WithProxy = SampleTopologies.ZonesEai.Topology.WithElement(new ReverseProxy
    {
        Name = "rp",
        Routes = [new ProxyRoute { Host = "sap.corp", Backend = "sap" }],
    });

    private static EquatableArray<ProxyRoute> RoutesOf(Topology topology) => topology.FindElement<ReverseProxy>("rp")!.Routes;

    [Fact]
    public async Task A_route_added_then_edited_is_stored_and_shown_in_its_row()
    {
        var session = await OpenAsync(WithProxy);
        await SelectAsync(session, "rp");

        await Panel.ClickAsync("data-testid", "add-proxy-routes");
        await Panel.ChangeAsync("data-field", "routes[1].host", "");
        await Panel.ChangeAsync("data-field", "routes[1].pathPrefix", "/integration");
        await Panel.ChooseAsync("data-field", "routes[1].backend", "eai");
        var page = await Panel.ChangeAsync("data-field", "routes[1].backendPort", "8443");

        RoutesOf(await StoredAsync())[1].ShouldBe(new ProxyRoute { PathPrefix = "/integration", Backend = "eai", BackendPort = 8443 });
        page.QuerySelector("[data-testid=proxy-routes] [data-item='1'] .item-card-title")!.TextContent.ShouldBe("*/integration → eai:8443");
    }

    [Fact]
    public async Task The_backend_is_chosen_among_the_servers_not_the_network_devices_or_the_proxy()
    {
        var session = await OpenAsync(WithProxy);
        var page = await SelectAsync(session, "rp");

        Panel.OptionsOf("data-field", "routes[0].backend").ShouldBe(["app-a", "sap", "eai"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_path_prefix_not_from_the_root_shows_the_message_at_the_field_and_stores_nothing()
    {
        var session = await OpenAsync(WithProxy);
        await SelectAsync(session, "rp");

        var page = await Panel.ChangeAsync("data-field", "routes[0].pathPrefix", "api");

        MessageAt(page, "routes[0].pathPrefix").ShouldBe("A path prefix starts with '/' (like /api); 'api' does not.");
        RoutesOf(await StoredAsync()).ShouldBe(RoutesOf(WithProxy));
    }

    [Fact]
    public async Task Removing_a_route_stores_the_proxy_without_it()
    {
        var session = await OpenAsync(WithProxy);
        await SelectAsync(session, "rp");

        await Panel.ClickAsync("aria-label", "Remove sap.corp/ → sap:443");

        RoutesOf(await StoredAsync()).ShouldBeEmpty();
    }
}
