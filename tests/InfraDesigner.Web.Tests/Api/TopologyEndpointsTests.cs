using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InfraDesigner.Web.Features.Topologies;
using InfraDesigner.Web.Tests.Support;

namespace InfraDesigner.Web.Tests.Api;

public sealed class TopologyEndpointsTests : IClassFixture<AppFactory>
{
    private readonly HttpClient _client;

    public TopologyEndpointsTests(AppFactory factory) => _client = factory.CreateClient();

    [Fact]
    public async Task A_created_topology_is_listed_fetched_and_deleted()
    {
        var created = await _client.PostAsJsonAsync("/api/topologies", new { name = "Plant", description = "segmentation" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        created.Headers.Location!.ToString().ShouldBe($"/api/topologies/{id}");

        (await _client.GetFromJsonAsync<List<TopologySummary>>("/api/topologies"))!.ShouldContain(t => t.Id == id && t.Name == "Plant");
        (await _client.GetFromJsonAsync<TopologySummary>($"/api/topologies/{id}"))!.Description.ShouldBe("segmentation");

        (await _client.DeleteAsync($"/api/topologies/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await _client.GetAsync($"/api/topologies/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_topology_without_a_name_is_refused_with_the_field_and_the_reason()
    {
        var before = await _client.GetFromJsonAsync<List<TopologySummary>>("/api/topologies");

        var response = await _client.PostAsJsonAsync("/api/topologies", new { name = "  ", description = new string('x', 4001) });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.GetProperty("name")[0].GetString().ShouldBe("A name is required.");
        errors.GetProperty("description")[0].GetString().ShouldBe("A description has at most 4000 characters.");
        (await _client.GetFromJsonAsync<List<TopologySummary>>("/api/topologies"))!.Count.ShouldBe(before!.Count);
    }

    [Fact]
    public async Task Deleting_a_missing_topology_is_not_found()
    {
        (await _client.DeleteAsync($"/api/topologies/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
