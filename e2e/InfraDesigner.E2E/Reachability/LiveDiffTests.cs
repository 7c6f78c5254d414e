using InfraDesigner.E2E.Editor;
using InfraDesigner.E2E.Support;
using Microsoft.Playwright;

namespace InfraDesigner.E2E.Reachability;

/// <summary>The live diff: an edit that opens or closes a zone-to-zone flow says so in a toast, and the Matrix tab lists it to trace.</summary>
public sealed class LiveDiffTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [BrowserFact]
    public async Task Applying_the_fix_toasts_the_flow_it_opened_undo_lists_it_closed_and_a_click_traces_it()
    {
        var id = await fixture.CreateFromSampleAsync("zones-firewall");
        var editor = await EditorPage.OpenAsync(fixture, $"/topologies/{id}");
        var page = editor.Page;
        await editor.AskAsync("can app-a reach sap on port 3300?");
        await Assertions.Expect(page.GetByTestId("ask-verdict")).ToContainTextAsync("Denied at fw-ab");

        await page.GetByTestId("apply-fix").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar", new() { HasText = "This edit opened A → B on 3300/tcp" })).ToHaveCountAsync(1);

        await page.GetByRole(AriaRole.Tab, new() { Name = "Matrix", Exact = true }).ClickAsync();
        var changes = page.GetByTestId("flow-change");
        await Assertions.Expect(changes).ToHaveCountAsync(1);
        await Assertions.Expect(changes.First).ToContainTextAsync("opened A → B on 3300/tcp");

        await page.GetByTestId("undo").ClickAsync();
        await Assertions.Expect(changes).ToHaveCountAsync(2);
        await Assertions.Expect(changes.First).ToContainTextAsync("closed A → B on 3300/tcp");
        await changes.First.EvaluateAsync("n => n.scrollIntoView({ block: 'center' })");
        await editor.PropertiesScreenshotAsync("panel-flow-changes");

        await changes.First.GetByRole(AriaRole.Button, new() { Name = "Trace" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("ask-verdict")).ToContainTextAsync("Denied at fw-ab");
    }
}
