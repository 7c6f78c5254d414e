using Microsoft.Playwright;

namespace InfraDesigner.E2E.Support;

/// <summary>One running app and one browser shared by the tests of a class.</summary>
public sealed class AppFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public AppProcess App { get; } = new(Repository.WebBuildOutput);
    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        await App.StartAsync();
        (_playwright, Browser) = await Support.Browser.LaunchAsync();
    }

    /// <summary>A fresh page in its own browser context, already at <paramref name="path"/> with the circuit live.</summary>
    public async Task<IPage> OpenAsync(string path = "/")
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 850 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(App.BaseUrl + path);
        await Pages.WaitForCircuitAsync(page);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}
