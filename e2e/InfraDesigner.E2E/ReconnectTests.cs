using InfraDesigner.E2E.Support;

namespace InfraDesigner.E2E;

/// <summary>Stops and restarts the server under an open page: the reconnect UI must tell the user, and nothing saved is lost.</summary>
public sealed class ReconnectTests : IAsyncLifetime
{
    private AppProcess _app = default!;
    private Microsoft.Playwright.IPlaywright? _playwright;
    private Microsoft.Playwright.IBrowser? _browser;

    public async Task InitializeAsync()
    {
        _app = new AppProcess(Repository.WebBuildOutput);
        await _app.StartAsync();
        (_playwright, _browser) = await Browser.LaunchAsync();
    }

    [Fact]
    public async Task When_the_server_restarts_the_page_says_so_and_a_reload_brings_back_the_saved_work()
    {
        var page = await _browser!.NewPageAsync();
        await page.GotoAsync(_app.BaseUrl);
        await Pages.WaitForCircuitAsync(page);
        await Pages.CreateTopologyAsync(page, "Survives restarts");
        await Pages.GoHomeAsync(page);

        await _app.StopAsync();
        var modal = page.Locator("#components-reconnect-modal");
        await modal.Locator(".reconnect-state-show").WaitForAsync(new() { Timeout = 15_000 });
        await Pages.ScreenshotAsync(page, "reconnecting");

        await _app.StartAsync();
        var reload = page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Reload" });
        await reload.WaitForAsync(new() { Timeout = 30_000 });
        await Pages.ScreenshotAsync(page, "reconnect-rejected");
        await reload.ClickAsync();

        await Pages.WaitForCircuitAsync(page);
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Survives restarts", Exact = true }).WaitForAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        await _app.DisposeAsync();
    }
}
