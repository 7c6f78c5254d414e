using InfraDesigner.E2E.Support;
using Microsoft.Playwright;

namespace InfraDesigner.E2E;

/// <summary>
/// Stops and restarts the server under an open page: the .NET 10 reconnect dialog must tell the user,
/// resume the session where the browser holds it, and lose nothing saved.
/// </summary>
public sealed class ReconnectTests : IAsyncLifetime
{
    private AppProcess _app = default!;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        _app = new AppProcess(Repository.WebBuildOutput);
        await _app.StartAsync();
        (_playwright, _browser) = await Browser.LaunchAsync();
    }

    [BrowserFact]
    public async Task When_the_server_restarts_the_dialog_says_so_and_a_reload_brings_back_the_saved_work()
    {
        var page = await Pages.OpenAsync(_browser!, _app.BaseUrl);
        await Pages.CreateTopologyAsync(page, "Survives restarts");
        await Pages.GoHomeAsync(page);
        await Pages.WaitForCircuitAsync(page);
        var dialog = new ReconnectDialog(page);

        await _app.StopAsync();
        await dialog.WaitUntilOpenAsync();
        await Assertions.Expect(page.GetByTestId("circuit-state")).ToHaveTextAsync("Reconnecting…", new() { UseInnerText = true });
        await Pages.ScreenshotAsync(page, "reconnecting");

        // The restarted server holds no state of the old circuit, so it can neither rejoin nor resume it.
        await _app.StartAsync();
        await dialog.WaitUntilSayingAsync("The server restarted");
        await Assertions.Expect(page.GetByTestId("circuit-state")).ToHaveTextAsync("Session ended", new() { UseInnerText = true });
        await Pages.ScreenshotAsync(page, "reconnect-rejected");
        await dialog.Button("Reload").ClickAsync();

        await Pages.WaitForCircuitAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Survives restarts", Exact = true }).WaitForAsync();
    }

    [BrowserFact]
    public async Task A_paused_session_resumes_on_a_restarted_server_without_reloading_the_page()
    {
        var page = await Pages.OpenAsync(_browser!, _app.BaseUrl);
        await page.EvaluateAsync("window.sameDocument = true");
        var dialog = new ReconnectDialog(page);

        // A paused circuit's state is handed to the browser (or, when that push fails, kept in the database), so it outlives the server process.
        (await page.EvaluateAsync<bool>("Blazor.pauseCircuit()")).ShouldBeTrue();
        await dialog.WaitUntilSayingAsync("session is paused");
        await Assertions.Expect(page.GetByTestId("circuit-state")).ToHaveTextAsync("Paused", new() { UseInnerText = true });
        // The browser's pause call returns once the server has begun pausing; the state reaches the browser, or
        // the server's store when that push fails, a moment later, and then the server closes the circuit.
        await Measuring.WaitUntilNoCircuitIsOpenAsync(_app);
        await _app.StopAsync();
        await _app.StartAsync();
        await Pages.ScreenshotAsync(page, "reconnect-paused");
        await dialog.Button("Resume").ClickAsync();

        await dialog.WaitUntilClosedAsync();
        (await page.EvaluateAsync<bool>("window.sameDocument === true")).ShouldBeTrue("resuming must not reload the page");
        await Pages.CreateTopologyAsync(page, "Made after resuming");
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        await _app.DisposeAsync();
    }
}
