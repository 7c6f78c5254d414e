using InfraDesigner.E2E.Editor;
using InfraDesigner.E2E.Support;
using Microsoft.Playwright;

namespace InfraDesigner.E2E.Reachability;

/// <summary>An answer of the Ask tab drawn on the canvas: the path, the firewall's mark, the packet stepping hop by hop, "Trace to…".</summary>
public sealed class PathOnCanvasTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private async Task<EditorPage> AskAsync(string sample, string question)
    {
        var id = await fixture.CreateFromSampleAsync(sample);
        var editor = await EditorPage.OpenAsync(fixture, $"/topologies/{id}");
        await editor.AskAsync(question);
        await editor.Page.Locator(".dg-canvas.dg-highlighting .dg-hl-segment").First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        return editor;
    }

    private static Task<string[]> PathNodesAsync(EditorPage editor, string css = "path-node") =>
        editor.Page.Locator($".dg-node.{css}").EvaluateAllAsync<string[]>("nodes => nodes.map(n => n.dataset.nodeId).sort()");

    private static ILocator Badge(EditorPage editor, string node) => editor.Page.Locator($".dg-hl-badge[data-badge-for=\"{node}\"]");

    [BrowserFact]
    public async Task An_allowed_flow_is_drawn_with_the_firewall_marked_allow_by_its_rule_and_the_reply_back()
    {
        var editor = await AskAsync("zones-eai", "can app-a reach eai on port 443?");

        (await PathNodesAsync(editor)).ShouldBe(["app-a", "eai", "fw-ab", "router", "switch"], ignoreOrder: true);
        (await PathNodesAsync(editor, "path-allow")).ShouldBe(["fw-ab"]);
        (await PathNodesAsync(editor, "path-delivered")).ShouldBe(["eai"]);
        (await Badge(editor, "fw-ab").GetAttributeAsync("class"))!.ShouldContain("path-badge-allow");
        (await Badge(editor, "fw-ab").InnerTextAsync()).ShouldContain("app-a-to-eai");
        var hops = await editor.Page.GetByTestId("ask-hop").CountAsync();
        (await editor.Page.Locator(".dg-hl-segment.path-trunk").CountAsync()).ShouldBe(hops - 1);
        (await editor.Page.Locator(".dg-hl-segment.path-return").CountAsync()).ShouldBe(hops - 1);
        (await editor.Node("sap").GetAttributeAsync("class"))!.ShouldNotContain("dg-hl");
        await Pages.ScreenshotAsync(editor.Page, "path-on-canvas-allowed");
    }

    [BrowserFact]
    public async Task A_denied_flow_ends_at_the_firewall_marked_deny_by_its_rule()
    {
        var editor = await AskAsync("zones-eai", "can app-a reach sap on port 3300?");

        (await PathNodesAsync(editor)).ShouldBe(["app-a", "fw-ab", "router", "switch"], ignoreOrder: true);
        (await PathNodesAsync(editor, "path-deny")).ShouldBe(["fw-ab"]);
        (await Badge(editor, "fw-ab").GetAttributeAsync("class"))!.ShouldContain("path-badge-deny");
        (await Badge(editor, "fw-ab").InnerTextAsync()).ShouldContain("app-a-to-sap-denied");
        (await editor.Page.Locator(".dg-hl-segment.path-return").CountAsync()).ShouldBe(0);
        await Pages.ScreenshotAsync(editor.Page, "path-on-canvas-denied");
    }

    [BrowserFact]
    public async Task Pool_members_are_branches_drawn_dashed_with_their_path_numbers()
    {
        var editor = await AskAsync("web-lb", "can user reach lb on port 443?");

        var branches = editor.Page.Locator(".dg-hl-segment.path-branch");
        (await branches.Locator(".dg-hl-label").AllTextContentsAsync()).ShouldBe(["1", "2", "3"], ignoreOrder: true);
        (await branches.EvaluateAllAsync<string[]>("s => s.map(x => x.dataset.to).sort()")).ShouldBe(["web1", "web2", "web3"]);
        (await editor.Page.Locator(".dg-hl-segment.path-branch .dg-hl-line").First.EvaluateAsync<string>("l => getComputedStyle(l).strokeDasharray")).ShouldNotBe("none");
        await Pages.ScreenshotAsync(editor.Page, "path-on-canvas-pool-members");
    }

    [BrowserFact]
    public async Task Step_forward_and_back_move_the_current_hop_on_the_canvas_and_in_the_list()
    {
        var editor = await AskAsync("zones-eai", "can app-a reach sap on port 3300?");
        var page = editor.Page;
        await page.Locator("[data-hop-key=\"0:0\"][data-current]").WaitForAsync();

        await page.GetByTestId("packet-forward").ClickAsync();
        await page.Locator("[data-hop-key=\"0:1\"][data-current]").WaitForAsync();
        await page.Locator(".dg-node[data-node-id=\"switch\"][data-current]").WaitForAsync();
        await page.GetByTestId("hop-details").Filter(new() { HasText = "switch" }).WaitForAsync();
        await page.GetByTestId("packet-forward").ClickAsync();
        await page.Locator(".dg-node[data-node-id=\"router\"][data-current]").WaitForAsync();
        (await page.GetByTestId("packet-position").InnerTextAsync()).ShouldBe("hop 3 of 4 · router");

        await page.GetByTestId("packet-back").ClickAsync();
        await page.Locator("[data-hop-key=\"0:1\"][data-current]").WaitForAsync();
        (await page.Locator("[data-current]").CountAsync()).ShouldBe(2);
        (await page.Locator(".packet-marker").CountAsync()).ShouldBe(1);

        await page.GetByTestId("packet-play").ClickAsync();
        await page.Locator(".dg-node[data-node-id=\"fw-ab\"][data-current]").WaitForAsync();
    }

    [BrowserFact]
    public async Task Clicking_a_hop_in_the_list_or_on_the_canvas_shows_its_steps()
    {
        var editor = await AskAsync("zones-eai", "can app-a reach eai on port 443?");
        var page = editor.Page;

        await page.Locator("[data-hop-key=\"0:3\"] .hop-device").ClickAsync();
        var details = page.GetByTestId("hop-details");
        (await details.Locator("strong").InnerTextAsync()).ShouldBe("fw-ab");
        (await details.Locator("[data-step-detail=filter]").InnerTextAsync()).ShouldContain("app-a-to-eai");
        (await details.Locator("[data-step-detail=enter-interface]").CountAsync()).ShouldBe(1);
        (await details.Locator("[data-step-detail=routing]").InnerTextAsync()).ShouldStartWith("route ");
        await page.Locator("[data-hop-key=\"0:3\"][data-current]").WaitForAsync();

        await editor.Node("router").ClickAsync();
        await details.Locator("strong").Filter(new() { HasText = "router" }).WaitForAsync();
        await Pages.ScreenshotAsync(page, "path-on-canvas-hop-details");
    }

    [BrowserFact]
    public async Task The_deciding_rule_opens_marked_in_the_firewall_rules_editor()
    {
        var editor = await AskAsync("zones-eai", "can app-a reach sap on port 3300?");

        await editor.Page.GetByTestId("ask-open-rule").ClickAsync();

        await editor.Page.Locator(".editor-properties [data-rule=\"app-a-to-sap-denied\"].rule-focused").WaitForAsync();
        (await editor.Page.Locator(".editor-properties .rule-focused").CountAsync()).ShouldBe(1);
        (await editor.Node("fw-ab").GetAttributeAsync("class"))!.ShouldContain("selected");
    }

    [BrowserFact]
    public async Task Trace_to_from_the_context_menu_asks_about_the_next_element_clicked_and_Escape_cancels()
    {
        var id = await fixture.CreateFromSampleAsync("vlans");
        var editor = await EditorPage.OpenAsync(fixture, $"/topologies/{id}");
        var page = editor.Page;

        await editor.OpenMenuAsync("PC1");
        await editor.MenuItem("trace-to").ClickAsync();
        await page.GetByTestId("trace-hint").WaitForAsync();
        await editor.Canvas.PressAsync("Escape");
        await page.GetByTestId("trace-hint").WaitForAsync(new() { State = WaitForSelectorState.Detached });

        await editor.OpenMenuAsync("PC1");
        await editor.MenuItem("trace-to").ClickAsync();
        await editor.Node("PC2").ClickAsync();

        await page.Locator(".dg-canvas.dg-highlighting").WaitForAsync();
        (await page.GetByRole(AriaRole.Textbox, new() { Name = "Question", Exact = true }).InputValueAsync()).ShouldBe("can PC1 reach PC2?");
        (await page.GetByTestId("ask-verdict").InnerTextAsync()).ShouldContain("Reachable");
        (await PathNodesAsync(editor)).ShouldBe(["PC1", "PC2", "sw1"], ignoreOrder: true);
        (await page.GetByTestId("trace-hint").CountAsync()).ShouldBe(0);
    }

    [BrowserFact]
    public async Task Clearing_the_question_clears_the_drawing_and_an_edit_draws_the_new_answer()
    {
        var editor = await AskAsync("zones-eai", "can app-a reach sap on port 3300?");
        var page = editor.Page;

        // Disabling the deny rule lets the flow through to the default rule (deny): the mark follows.
        await page.GetByTestId("ask-open-rule").ClickAsync();
        await page.Locator(".editor-properties .rule-focused input[type=checkbox]").First.UncheckAsync();
        await editor.SavedAsync();
        await Badge(editor, "fw-ab").Filter(new() { HasText = "default rule" }).WaitForAsync();

        await page.GetByRole(AriaRole.Tab, new() { Name = "Ask", Exact = true }).ClickAsync();
        await page.GetByTestId("ask-clear").ClickAsync();
        await page.Locator(".dg-canvas.dg-highlighting").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        (await page.Locator(".dg-hl-segment").CountAsync()).ShouldBe(0);
    }
}
