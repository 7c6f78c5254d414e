using System.Net.Http.Json;
using System.Text.Json;
using InfraDesigner.E2E.Support;
using InfraDesigner.Testing.Databases;
using Microsoft.Playwright;

namespace InfraDesigner.E2E.Editor;

/// <summary>
/// Two app processes on one PostgreSQL database, each with its own browser as sticky sessions would pin them:
/// an edit made in one browser appears in the other, and when one instance dies the other serves on with nothing lost.
/// </summary>
public sealed class TwoInstancesTests : IAsyncLifetime
{
    private PostgreSqlTestDatabase? _database;
    private AppProcess? _first;
    private AppProcess? _second;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        if (new BrowserFactAttribute { NeedsPostgreSql = true }.Skip is not null) return;
        _database = new PostgreSqlTestDatabase();
        _first = new AppProcess(Repository.WebBuildOutput, database: _database.Settings);
        _second = new AppProcess(Repository.WebBuildOutput, database: _database.Settings);
        await _first.StartAsync();
        await _second.StartAsync();
        (_playwright, _browser) = await Browser.LaunchAsync();
    }

    [BrowserFact(NeedsPostgreSql = true)]
    public async Task An_edit_in_a_browser_on_one_instance_appears_in_a_browser_on_the_other_which_serves_on_when_the_first_dies()
    {
        using var http = _first!.CreateClient();
        var created = await http.PostAsync($"{_first!.BaseUrl}/api/topologies/from-sample/zones-firewall", null);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var onFirst = await EditorPage.OpenAsync(_browser!, $"{_first.BaseUrl}/topologies/{id}");
        var onSecond = await EditorPage.OpenAsync(_browser!, $"{_second!.BaseUrl}/topologies/{id}");

        await onFirst.DropAsync("vm", 250, 420, "vm-01");

        await onSecond.Node("vm-01").WaitForAsync(new() { Timeout = 10_000 });

        await _first.StopAsync();
        await onSecond.Page.ReloadAsync();
        await onSecond.WaitReadyAsync();
        await onSecond.Node("vm-01").WaitForAsync();
        var document = await http.GetFromJsonAsync<JsonElement>($"{_second.BaseUrl}/api/topologies/{id}");
        document.GetProperty("elements").EnumerateArray().ShouldContain(e => e.GetProperty("name").GetString() == "vm-01");
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_first is not null) await _first.DisposeAsync();
        if (_second is not null) await _second.DisposeAsync();
        _database?.Dispose();
    }
}
