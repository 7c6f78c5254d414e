using InfraDesigner.E2E.Support;
using Microsoft.Playwright;

namespace InfraDesigner.E2E.Editor;

/// <summary>The ordered firewall rule table: reorder by button and by drag, disable, new rules as drafts, endpoints picked from the drawing, and all of it stored.</summary>
public sealed class FirewallRulesTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [BrowserFact]
    public async Task Rules_reordered_and_disabled_stay_so_after_a_reload()
    {
        var home = await fixture.OpenAsync();
        await home.GetByRole(AriaRole.Button, new() { Name = "New from sample zones-eai", Exact = false }).ClickAsync();
        await home.WaitForURLAsync("**/topologies/*");
        var editor = new EditorPage(home);
        await editor.WaitReadyAsync();
        await editor.SelectAsync("fw-ab");
        var rules = editor.Page.Locator("[data-rule]");
        await rules.First.WaitForAsync();
        (await Names(rules)).ShouldBe(["app-a-to-eai", "eai-to-sap", "app-a-to-sap-denied"]);

        await rules.Nth(2).GetByRole(AriaRole.Button, new() { Name = "Move up" }).ClickAsync();
        await editor.Page.Locator("[data-rule]").Nth(1).And(editor.Page.Locator("[data-rule=app-a-to-sap-denied]")).WaitForAsync();
        await editor.SavedAsync();
        await DragAsync(editor.Page, rules.Nth(1), rules.Nth(0));
        await editor.Page.Locator("[data-rule]").First.And(editor.Page.Locator("[data-rule=app-a-to-sap-denied]")).WaitForAsync();
        await editor.SavedAsync();
        await rules.Nth(1).GetByRole(AriaRole.Checkbox, new() { Name = "Enabled" }).UncheckAsync();
        await editor.SavedAsync();
        await Pages.ScreenshotAsync(editor.Page, "editor-firewall-rules");

        await editor.Page.ReloadAsync();
        await editor.WaitReadyAsync();
        await editor.SelectAsync("fw-ab");
        await rules.First.WaitForAsync();
        (await Names(rules)).ShouldBe(["app-a-to-sap-denied", "app-a-to-eai", "eai-to-sap"]);
        (await rules.Nth(1).GetAttributeAsync("class") ?? "").ShouldContain("disabled");
    }

    [BrowserFact]
    public async Task A_new_rule_is_a_disabled_draft_that_opens_nothing_until_it_is_completed_and_enabled()
    {
        var id = await fixture.CreateFromSampleAsync("zones-firewall");
        var editor = await EditorPage.OpenAsync(fixture, $"/topologies/{id}");
        await editor.SelectAsync("fw-ab");
        (await TopologyApi.ReachableAsync(fixture, id, "app-a", "sap", 3300)).ShouldBeFalse();

        await editor.Page.GetByTestId("add-rule").ClickAsync();
        var rule = editor.Page.Locator("[data-rule=rule-1]");
        await rule.WaitForAsync();
        await editor.SavedAsync();

        (await TopologyApi.ReachableAsync(fixture, id, "app-a", "sap", 3300)).ShouldBeFalse("a new rule must not open the firewall");
        (await TopologyApi.ReachableAsync(fixture, id, "app-a", "sap", 22)).ShouldBeFalse();
        (await rule.GetAttributeAsync("class") ?? "").ShouldContain("disabled");
        (await rule.GetByRole(AriaRole.Checkbox, new() { Name = "Enabled" }).IsCheckedAsync()).ShouldBeFalse();
        await Assertions.Expect(rule.GetByTestId("rule-note")).ToContainTextAsync("Draft, disabled");
        await rule.EvaluateAsync("n => n.scrollIntoView({ block: 'start' })");
        await editor.PropertiesScreenshotAsync("panel-firewall-rule-draft");

        await editor.SetFieldAsync(editor.DataField("rules[0].source"), "app-a");
        await editor.SetFieldAsync(editor.DataField("rules[0].destination"), "sap");
        await editor.SetFieldAsync(editor.DataField("rules[0].ports"), "3300");
        (await TopologyApi.ReachableAsync(fixture, id, "app-a", "sap", 3300)).ShouldBeFalse("still disabled");

        await rule.GetByRole(AriaRole.Checkbox, new() { Name = "Enabled" }).CheckAsync();
        await editor.SavedAsync();
        await Assertions.Expect(rule).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bdisabled\b"));
        await Eventually.TrueAsync(() => TopologyApi.ReachableAsync(fixture, id, "app-a", "sap", 3300), "the enabled rule was stored and opens 3300");
        (await TopologyApi.ReachableAsync(fixture, id, "app-a", "sap", 22)).ShouldBeFalse();
    }

    [BrowserFact]
    public async Task Endpoints_are_picked_from_the_drawing_and_a_refused_value_is_marked_and_never_looks_saved()
    {
        var id = await fixture.CreateFromSampleAsync("zones-eai");
        var editor = await EditorPage.OpenAsync(fixture, $"/topologies/{id}");
        await editor.SelectAsync("fw-ab");
        var source = editor.DataField("rules[0].source");
        var choices = await source.EvaluateAsync<string[]>("n => [...n.list.options].map(o => o.value)");
        choices.ShouldContain("any");
        choices.ShouldContain("element:app-a");
        choices.ShouldContain("zone:integration");
        choices.ShouldContain("subnet:10.30.30.0/24");

        await editor.RefuseFieldAsync(source, "app-z");
        await Assertions.Expect(editor.MessageAt("rules[0].source")).ToHaveTextAsync(
            "No element, zone or subnet 'app-z' in this topology: choose one from the list, or type any, a name or a subnet like 10.0.1.0/24.");
        await Assertions.Expect(source).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(editor.SaveStatus).ToHaveTextAsync("Not saved");
        await source.EvaluateAsync("n => n.closest('[data-rule]').scrollIntoView({ block: 'start' })");
        await editor.PropertiesScreenshotAsync("panel-firewall-rule-refused");
        await Pages.ScreenshotAsync(editor.Page, "editor-firewall-rule-refused");

        await editor.SetFieldAsync(source, "eai");
        await Assertions.Expect(source).ToHaveValueAsync("element:eai");
        await Assertions.Expect(source).ToHaveAttributeAsync("aria-invalid", "false");
        await editor.SetFieldAsync(editor.DataField("rules[0].destination"), "B");
        await editor.SetFieldAsync(editor.DataField("rules[1].source"), "10.30.30.0/24");
        await editor.SetFieldAsync(editor.DataField("rules[1].ports"), "https");
        await Assertions.Expect(editor.DataField("rules[1].ports")).ToHaveValueAsync("443");
        await Assertions.Expect(editor.SaveStatus).ToHaveTextAsync("Saved");
        await Eventually.TrueAsync(async () => (await TopologyApi.RulesAsync(fixture, id, "fw-ab"))[1].GetProperty("ports").GetRawText().Trim('"') == "443",
            "the last rule edit was stored");

        var stored = await TopologyApi.RulesAsync(fixture, id, "fw-ab");
        stored[0].GetProperty("source").GetString().ShouldBe("element:eai");
        stored[0].GetProperty("destination").GetString().ShouldBe("zone:B");
        stored[1].GetProperty("source").GetString().ShouldBe("subnet:10.30.30.0/24");
        stored[1].GetProperty("ports").GetRawText().Trim('"').ShouldBe("443");

        await editor.Page.ReloadAsync();
        await editor.WaitReadyAsync();
        await editor.SelectAsync("fw-ab");
        await Assertions.Expect(editor.DataField("rules[0].source")).ToHaveValueAsync("element:eai");
        await Assertions.Expect(editor.DataField("rules[1].ports")).ToHaveValueAsync("443");
    }

    /// <summary>Drags a rule by its grip onto another with the mouse (HTML5 drag and drop), both scrolled into view.</summary>
    private static async Task DragAsync(IPage page, ILocator rule, ILocator onto)
    {
        await onto.EvaluateAsync("n => n.scrollIntoView({ block: 'start' })");
        var grip = (await rule.Locator(".rule-grip").BoundingBoxAsync())!;
        var target = (await onto.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(grip.X + grip.Width / 2, grip.Y + grip.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(target.X + target.Width / 2, target.Y + 20, new() { Steps = 10 });
        await page.Mouse.UpAsync();
    }

    private static async Task<List<string?>> Names(ILocator rules)
    {
        var names = new List<string?>();
        for (var i = 0; i < await rules.CountAsync(); i++) names.Add(await rules.Nth(i).GetAttributeAsync("data-rule"));
        return names;
    }
}
