using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InfraDesigner.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace InfraDesigner.Web.Tests.Api;

/// <summary>Every reachability analysis is held to the run budget, like the simulations, and says what to ask instead.</summary>
public sealed class AnalysisBudgetTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("POST", "reachability", """{ "from": "app-a", "to": "sap", "port": 3300 }""", "to", "the topology is too large to trace this flow and look for its fixes")]
    [InlineData("POST", "ask", """{ "question": "what can reach sap?" }""", "question", "ask about one flow, e.g. \"can web1 reach db1 on port 5432?\"")]
    [InlineData("GET", "shadowed-rules", null, "firewall", "name one firewall")]
    [InlineData("GET", "diff?from=current", null, "from", "the versions are too large to compare every flow")]
    [InlineData("GET", "intents/check", null, "intents", "keep fewer intents")]
    public async Task An_analysis_over_the_time_budget_is_cancelled_and_refused_at_its_field(string method, string path, string? json, string field, string remedy)
    {
        // A zero budget cancels the analysis before it starts, so the outcome does not depend on the machine's speed.
        using var noTime = factory.WithWebHostBuilder(b => b.UseSetting("Limits:RunSeconds", "0"));
        var client = noTime.CreateClient();
        var created = await client.PostAsync("/api/topologies/from-sample/zones-eai", null);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var url = $"/api/topologies/{id}/{path}";
        var response = method == "GET"
            ? await client.GetAsync(url)
            : await client.PostAsync(url, new StringContent(json!, System.Text.Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        var error = JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateObject().ShouldHaveSingleItem();
        error.Name.ShouldBe(field);
        error.Value[0].GetString().ShouldBe($"the run exceeded the 0 s limit; {remedy}");
    }
}
