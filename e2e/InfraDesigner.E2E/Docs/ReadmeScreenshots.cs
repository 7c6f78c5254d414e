using InfraDesigner.E2E.Editor;
using InfraDesigner.E2E.Support;
using Microsoft.Playwright;

namespace InfraDesigner.E2E.Docs;

/// <summary>
/// The README's pictures, taken from the built-in samples on an app of their own (so no test data shows), at 1440×900.
/// Run: INFRADESIGNER_DOCS=1 dotnet test e2e/InfraDesigner.E2E --filter FullyQualifiedName~ReadmeScreenshots
/// </summary>
public sealed class ReadmeScreenshots(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static readonly string Folder = Path.Combine(Repository.Root, "docs", "screenshots");

    [DocsFact]
    public async Task Redraw()
    {
        foreach (var sample in new[] { "zones-firewall", "zones-eai", "web-lb" }) await fixture.CreateFromSampleAsync(sample);
        var home = await fixture.OpenAsync("/");
        await home.SetViewportSizeAsync(1440, 900);
        await home.GetByText("New from a sample").WaitForAsync();
        await SaveAsync(home, "home");

        var editor = await OpenAsync("zones-firewall");
        await editor.AskAsync("can app-a reach sap on port 3300?");
        await editor.Page.GetByText("Denied at fw-ab").WaitForAsync();
        await SaveAsync(editor.Page, "topology");
        await SaveAsync(editor.Page, "path-denied");

        editor = await OpenAsync("zones-eai");
        await editor.AskAsync("can app-a reach eai on port 443?");
        await editor.Page.GetByText("Reachable", new() { Exact = true }).First.WaitForAsync();
        await SaveAsync(editor.Page, "path-allowed");

        await editor.Page.GetByRole(AriaRole.Tab, new() { Name = "Matrix", Exact = true }).ClickAsync();
        await editor.Page.GetByTestId("matrix-scope").ChooseAsync("Elements");
        await editor.Page.GetByTestId("matrix-submit").ClickAsync();
        await editor.Page.GetByTestId("matrix-port").GetByText("3300/tcp").ClickAsync();
        await SaveAsync(editor.Page, "matrix");

        await editor.AskAsync("can app-a reach sap on port 3300?");
        await editor.Page.GetByTestId("save-intent-block").ClickAsync();
        await editor.AskAsync("can eai reach sap on port 3300?");
        await editor.Page.GetByTestId("save-intent-reach").ClickAsync();
        await editor.Page.GetByRole(AriaRole.Tab, new() { Name = "Intents", Exact = true }).ClickAsync();
        await editor.Page.GetByTestId("intent").Nth(1).WaitForAsync();
        await SaveAsync(editor.Page, "intents");
    }

    private async Task<EditorPage> OpenAsync(string sample)
    {
        var editor = await EditorPage.OpenAsync(fixture, $"/topologies/{await fixture.CreateFromSampleAsync(sample)}");
        await editor.Page.SetViewportSizeAsync(1440, 900);
        await editor.Page.GetByTestId("zoom-to-fit").ClickAsync();
        await editor.WaitForDrawingInViewAsync();
        return editor;
    }

    private static async Task SaveAsync(IPage page, string name)
    {
        // The picture is of the page at rest: no toast over it, tab animations finished.
        await page.AddStyleTagAsync(new() { Content = ".mud-snackbar-provider { display: none !important; }" });
        await page.WaitForTimeoutAsync(700);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, name + ".png") });
    }
}
