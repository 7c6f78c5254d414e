using InfraDesigner.E2E.Support;
using Microsoft.Playwright;

namespace InfraDesigner.E2E.Editor;

/// <summary>The ordered firewall rule table: reorder by button and by drag, disable, and all of it stored.</summary>
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
