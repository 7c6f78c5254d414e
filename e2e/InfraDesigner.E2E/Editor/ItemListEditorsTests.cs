using InfraDesigner.E2E.Support;
using Microsoft.Playwright;

namespace InfraDesigner.E2E.Editor;

/// <summary>The item lists of the properties panel: a router's static routes, a DNS server's records, a reverse proxy's routes.</summary>
public sealed class ItemListEditorsTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [BrowserFact]
    public async Task A_static_route_added_in_the_panel_is_there_after_a_reload_and_a_bad_cidr_is_shown_at_its_field()
    {
        var id = await fixture.CreateFromSampleAsync("zones-eai");
        var editor = await EditorPage.OpenAsync(fixture, $"/topologies/{id}");
        await editor.SelectAsync("router");

        await editor.Page.GetByTestId("add-static-routes").ClickAsync();
        await editor.SetFieldAsync(editor.DataField("staticRoutes[2].destination"), "10.40.0.0/16");
        await editor.SetFieldAsync(editor.DataField("staticRoutes[2].nextHop"), "10.0.0.2");

        await editor.Page.ReloadAsync();
        await editor.WaitReadyAsync();
        await editor.SelectAsync("router");
        (await editor.DataField("staticRoutes[2].destination").InputValueAsync()).ShouldBe("10.40.0.0/16");
        (await editor.DataField("staticRoutes[2].nextHop").InputValueAsync()).ShouldBe("10.0.0.2");

        await editor.RefuseFieldAsync(editor.DataField("staticRoutes[2].destination"), "10.0.0.300/24");
        await Assertions.Expect(editor.MessageAt("staticRoutes[2].destination")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^10.0.0.300/24 is not an IPv4 CIDR"));
        await editor.MessageAt("staticRoutes[2].destination").EvaluateAsync("n => n.closest('.item-card').scrollIntoView({ block: 'end' })");
        await editor.PropertiesScreenshotAsync("panel-static-routes");
    }

    [BrowserFact]
    public async Task A_new_route_takes_its_interface_from_the_next_hop_and_the_answer_names_a_route_sent_out_of_the_wrong_one()
    {
        var id = await fixture.CreateFromSampleAsync("zones-firewall");
        var editor = await EditorPage.OpenAsync(fixture, $"/topologies/{id}");
        var page = editor.Page;
        await editor.SelectAsync("router");
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove 10.20.20.0/24 via 10.0.0.2", Exact = true }).ClickAsync();
        await editor.SavedAsync();

        await page.GetByTestId("add-static-routes").ClickAsync();
        await editor.SavedAsync();
        await editor.SetFieldAsync(editor.DataField("staticRoutes[0].destination"), "10.20.20.0/24");
        await editor.SetFieldAsync(editor.DataField("staticRoutes[0].nextHop"), "10.0.0.2");
        var outgoing = editor.DataField("staticRoutes[0].interfaceName");
        (await outgoing.InputValueAsync()).ShouldBe("Any (by next hop)");
        await editor.PropertiesScreenshotAsync("panel-new-static-route");

        var fixes = page.GetByTestId("ask-fixes");
        await editor.AskAsync("can app-a reach sap on port 3300?");
        await Assertions.Expect(fixes).ToContainTextAsync("add allow rule on fw-ab");
        await Assertions.Expect(fixes).Not.ToContainTextAsync("router interface");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Properties", Exact = true }).ClickAsync();
        await outgoing.ChooseAsync("ge0 (10.10.10.1/24)");
        await editor.SavedAsync();
        await editor.AskAsync("can app-a reach sap on port 3300?");
        await Assertions.Expect(fixes).ToContainTextAsync("fix the route to 10.20.20.0/24 on router: its next hop 10.0.0.2 is outside the subnet of its outgoing interface ge0");
        await Assertions.Expect(fixes).Not.ToContainTextAsync("router interface");
        await Pages.ScreenshotAsync(page, "ask-misdirected-route");
    }


    [BrowserFact]
    public async Task Dns_records_and_proxy_routes_are_added_and_edited_in_the_panel()
    {
        var id = await fixture.CreateFromSampleAsync("zones-eai");
        var editor = await EditorPage.OpenAsync(fixture, $"/topologies/{id}");
        await editor.DropAsync("dns", 300, 620, "dns-01");
        await editor.SelectAsync("dns-01");
        await editor.Page.GetByTestId("add-dns-records").ClickAsync();
        await editor.SetFieldAsync(editor.DataField("records[0].name"), "sap.corp");
        await editor.RefuseFieldAsync(editor.DataField("records[0].value"), "sap");
        await Assertions.Expect(editor.MessageAt("records[0].value")).ToHaveTextAsync("sap is not an IPv4 address.");
        await editor.SetFieldAsync(editor.DataField("records[0].value"), "10.20.20.10");
        await editor.Page.GetByTestId("add-dns-records").ClickAsync();
        await editor.DataField("records[1].type").ChooseAsync("CNAME");
        await editor.SetFieldAsync(editor.DataField("records[1].value"), "sap.corp");
        await Assertions.Expect(editor.Page.Locator("[data-testid=dns-records] .item-card-title").Nth(1)).ToHaveTextAsync("host-2 CNAME sap.corp");
        await editor.Page.GetByTestId("dns-records").EvaluateAsync("n => n.scrollIntoView({ block: 'start' })");
        await editor.PropertiesScreenshotAsync("panel-dns-records");

        await editor.DropAsync("reverse-proxy", 600, 620, "rproxy-01");
        await editor.SelectAsync("rproxy-01");
        await editor.Page.GetByTestId("add-proxy-routes").ClickAsync();
        await editor.SetFieldAsync(editor.DataField("routes[0].host"), "sap.corp");
        await editor.DataField("routes[0].backend").ChooseAsync("sap");
        await editor.RefuseFieldAsync(editor.DataField("routes[0].pathPrefix"), "api");
        await Assertions.Expect(editor.MessageAt("routes[0].pathPrefix")).ToContainTextAsync("A path prefix starts with '/'");
        await Assertions.Expect(editor.Page.Locator("[data-testid=proxy-routes] .item-card-title")).ToContainTextAsync("sap.corp/ → sap:");
        await editor.PropertiesScreenshotAsync("panel-proxy-routes");
    }
}
