using System.Net.Http.Json;
using System.Text.Json;
using InfraDesigner.Testing;
using Microsoft.Playwright;

namespace InfraDesigner.E2E.Support;

/// <summary>One running app and one browser shared by the tests of a class.</summary>
public class AppFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public AppFixture() : this(new AppProcess(Repository.WebBuildOutput)) { }

    // xUnit builds a class fixture through its one public constructor; a fixture of another app passes its process here.
    protected AppFixture(AppProcess app) => App = app;

    public AppProcess App { get; }
    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        // Every test of the class is skipped then (BrowserFact); starting the app would be wasted.
        if (Prerequisites.SkipReason(Support.Browser.MissingReason()) is not null) return;
        await App.StartAsync();
        (_playwright, Browser) = await Support.Browser.LaunchAsync();
    }

    /// <summary>A fresh page in its own browser context, already at <paramref name="path"/> with the circuit live.</summary>
    public Task<IPage> OpenAsync(string path = "/") => Pages.OpenAsync(Browser, App.BaseUrl + path);

    /// <summary>Creates a topology from a built-in sample through the API; answers its id.</summary>
    public async Task<Guid> CreateFromSampleAsync(string sample)
    {
        using var http = App.CreateClient();
        var response = await http.PostAsync($"{App.BaseUrl}/api/topologies/from-sample/{sample}", null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}
