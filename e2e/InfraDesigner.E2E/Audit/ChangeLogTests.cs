using InfraDesigner.E2E.Editor;
using InfraDesigner.E2E.Support;
using Microsoft.Playwright;

namespace InfraDesigner.E2E.Audit;

/// <summary>An edit on the canvas shows up in the topology's History with who made it and what it changed, and opens to the item before and after.</summary>
public sealed class ChangeLogTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [BrowserFact]
    public async Task A_rename_on_the_canvas_is_in_the_history_with_its_author_and_its_before_and_after()
    {
        var id = await fixture.CreateFromSampleAsync("zones-firewall");
        var editor = await EditorPage.OpenAsync(fixture, $"/topologies/{id}");
        await editor.SelectAsync("app-a");
        await editor.SetFieldAsync(editor.DataField("name"), "app-billing");
        await editor.Node("app-billing").WaitForAsync();

        await editor.Page.GetByTestId("history").ClickAsync();

        var page = editor.Page;
        await page.WaitForURLAsync($"**/audit?topology={id}");
        var list = page.GetByTestId("audit-list");
        var renamed = list.Locator("tbody tr", new() { HasText = "elements[app-billing]" });
        await Assertions.Expect(renamed.First).ToContainTextAsync("added item");
        var removed = list.Locator("tbody tr", new() { HasText = "elements[app-a]" }).First;
        await Assertions.Expect(removed).ToContainTextAsync("removed item");
        await Assertions.Expect(removed).ToContainTextAsync("admin@e2e.invalid");
        await Assertions.Expect(list.Locator("tbody tr").Last).ToContainTextAsync("created");

        await removed.ClickAsync();
        var detail = page.GetByTestId("audit-detail");
        await Assertions.Expect(detail).ToContainTextAsync("\"name\": \"app-a\"");
        await Assertions.Expect(detail).ToContainTextAsync("(nothing)");
        await Pages.ScreenshotAsync(page, "change-log-topology");

        await page.GetByTestId("nav-audit").ClickAsync();
        await page.WaitForURLAsync("**/audit");
        await Assertions.Expect(page.GetByTestId("audit-list").Locator("tbody tr").First).ToContainTextAsync("zones-firewall");
        await page.GetByLabel("Item").FillAsync("app-billing");
        await page.GetByTestId("audit-apply").ClickAsync();
        var filtered = page.GetByTestId("audit-list").Locator("tbody tr");
        await Assertions.Expect(filtered).ToHaveCountAsync(2);
        await Assertions.Expect(filtered.Nth(0)).ToContainTextAsync("links[app-billing/eth0|switch/ge1]");
        await Assertions.Expect(filtered.Nth(1)).ToContainTextAsync("elements[app-billing]");
        await Pages.ScreenshotAsync(page, "change-log");
    }
}
