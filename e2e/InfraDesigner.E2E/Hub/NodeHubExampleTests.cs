using System.Net.Http.Json;
using System.Text.Json;
using InfraDesigner.E2E.Support;

namespace InfraDesigner.E2E.Hub;

/// <summary>The README's Node example asks the real app's simulation hub, with the npm @microsoft/signalr client.</summary>
public sealed class NodeHubExampleTests : IAsyncLifetime
{
    private readonly AppProcess _app = new(Repository.WebBuildOutput);
    private HttpClient _http = new();

    public async Task InitializeAsync()
    {
        if (Testing.Prerequisites.SkipReason(NodeExample.MissingReason()) is not null) return;
        await _app.StartAsync();
        _http = _app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
    }

    private async Task<Guid> FromSample(string sample)
    {
        var created = await _http.PostAsync($"{_app.BaseUrl}/api/topologies/from-sample/{sample}", null);
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [NodeFact]
    public async Task The_trace_example_streams_the_answer_rest_gives()
    {
        var id = await FromSample("zones-firewall");

        var (exitCode, output, error) = await NodeExample.RunAsync("trace.mjs", _app.BaseUrl, id.ToString(), "app-a", "sap", "3300");

        exitCode.ShouldBe(0, error);
        var last = JsonDocument.Parse(output.Trim().Split('\n')[^1]).RootElement;
        last.GetProperty("type").GetString().ShouldBe("result");
        last.GetProperty("result").GetProperty("summary").GetString().ShouldBe("app-a -> sap:3300/tcp: denied at fw-ab: default rule (deny)");
        var rest = await _http.PostAsJsonAsync($"{_app.BaseUrl}/api/topologies/{id}/reachability", new { from = "app-a", to = "sap", port = 3300 });
        JsonElement.DeepEquals(last.GetProperty("result"), await rest.Content.ReadFromJsonAsync<JsonElement>()).ShouldBeTrue();
    }

    [NodeFact]
    public async Task A_bad_port_exits_with_the_hubs_problem_naming_the_field()
    {
        var id = await FromSample("zones-firewall");

        var (exitCode, _, error) = await NodeExample.RunAsync("trace.mjs", _app.BaseUrl, id.ToString(), "app-a", "sap", "70000");

        exitCode.ShouldBe(2);
        var problem = JsonDocument.Parse(error.Trim()).RootElement;
        problem.GetProperty("status").GetInt32().ShouldBe(400);
        problem.GetProperty("errors").GetProperty("port")[0].GetString().ShouldBe("port 70000 is out of range 1-65535");
    }
}
