using System.Net.Http.Json;
using System.Text.Json;

namespace InfraDesigner.E2E.Support;

/// <summary>The REST API of the running app, for checking what the browser stored.</summary>
public static class TopologyApi
{
    /// <summary>Whether the stored topology lets the flow through (POST .../reachability).</summary>
    public static async Task<bool> ReachableAsync(AppFixture fixture, Guid id, string from, string to, int port, string protocol = "tcp")
    {
        using var http = fixture.App.CreateClient();
        var response = await http.PostAsJsonAsync($"{fixture.App.BaseUrl}/api/topologies/{id}/reachability", new { from, to, port, protocol });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reachable").GetBoolean();
    }

    /// <summary>The stored firewall rules of an element, as the document has them.</summary>
    public static async Task<JsonElement> RulesAsync(AppFixture fixture, Guid id, string firewall)
    {
        using var http = fixture.App.CreateClient();
        var document = await http.GetFromJsonAsync<JsonElement>($"{fixture.App.BaseUrl}/api/topologies/{id}");
        return document.GetProperty("elements").EnumerateArray().Single(e => e.GetProperty("name").GetString() == firewall).GetProperty("rules");
    }
}
