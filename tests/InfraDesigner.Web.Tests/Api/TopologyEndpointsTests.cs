using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using InfraDesigner.Domain.Documents;
using InfraDesigner.Domain.Samples;
using InfraDesigner.Web.Features.Topologies;
using InfraDesigner.Web.Tests.Support;

namespace InfraDesigner.Web.Tests.Api;

public abstract class TopologyEndpointsTests<TApp> : IClassFixture<TApp> where TApp : AppFactory
{
    private readonly HttpClient _client;

    protected TopologyEndpointsTests(TApp factory) => _client = factory.CreateClient();

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static string SampleDocument(string name) => TopologyDocumentSerializer.Export(SampleTopologies.Get(name).Topology);

    private async Task<Guid> Post(string json)
    {
        var created = await _client.PostAsync("/api/topologies", Json(json));
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        created.Headers.Location!.ToString().ShouldBe($"/api/topologies/{id}");
        return id;
    }

    [SkippableFact]
    public async Task A_posted_document_is_listed_and_exported_as_the_same_topology()
    {
        var id = await Post(SampleDocument("zones-firewall"));

        (await _client.GetFromJsonAsync<List<TopologySummary>>("/api/topologies"))!.ShouldContain(t => t.Id == id && t.Name == "zones-firewall");
        var exported = TopologyDocumentSerializer.Import(await _client.GetStringAsync($"/api/topologies/{id}"));
        exported.Topology.ShouldBe(SampleTopologies.Get("zones-firewall").Topology);
    }

    [SkippableFact]
    public async Task A_document_with_a_bad_address_is_refused_with_its_json_path_and_nothing_is_stored()
    {
        var before = (await _client.GetFromJsonAsync<List<TopologySummary>>("/api/topologies"))!.Count;
        var broken = SampleDocument("zones-firewall").Replace("\"10.10.10.10/24\"", "\"10.10.10.300/24\"");
        broken.ShouldNotBe(SampleDocument("zones-firewall"), "the sample must hold the address this test breaks");

        var response = await _client.PostAsync("/api/topologies", Json(broken));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        var (path, messages) = errors.EnumerateObject().Select(p => (p.Name, p.Value[0].GetString()!)).Single();
        path.ShouldContain("address");
        messages.ShouldContain("10.10.10.300/24");
        (await _client.GetFromJsonAsync<List<TopologySummary>>("/api/topologies"))!.Count.ShouldBe(before);
    }

    [SkippableFact]
    public async Task A_document_over_the_size_limit_gets_413_with_the_limit()
    {
        var huge = new string(' ', 20 * 1024 * 1024 + 1);

        var response = await _client.PostAsync("/api/topologies", Json(huge));

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()
            .ShouldBe("The document is larger than the 20 MB limit (Api:MaxDocumentBytes).");
    }

    [SkippableFact]
    public async Task Samples_are_listed_and_a_topology_is_created_from_one()
    {
        var samples = await _client.GetFromJsonAsync<List<SampleSummary>>("/api/samples");
        samples!.Select(s => s.Name).ShouldBe(["zones-firewall", "zones-eai", "vlans", "web-lb", "nas-share", "cluster-capacity", "live-migration"]);

        var response = await _client.PostAsync("/api/topologies/from-sample/vlans", null);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        TopologyDocumentSerializer.Import(await _client.GetStringAsync($"/api/topologies/{id}")).Topology!.FindElement("PC3").ShouldNotBeNull();
        (await _client.PostAsync("/api/topologies/from-sample/no-such-sample", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [SkippableFact]
    public async Task Put_replaces_the_document_and_a_saved_revision_keeps_the_old_one_until_restored()
    {
        var id = await Post(SampleDocument("zones-firewall"));
        var saved = await _client.PostAsJsonAsync($"/api/topologies/{id}/revisions", new { name = "before EAI" });
        saved.StatusCode.ShouldBe(HttpStatusCode.Created);

        (await _client.PutAsync($"/api/topologies/{id}", Json(SampleDocument("zones-eai")))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var revisions = await _client.GetFromJsonAsync<JsonElement>($"/api/topologies/{id}/revisions");
        revisions[0].GetProperty("name").GetString().ShouldBe("before EAI");
        var current = TopologyDocumentSerializer.Import(await _client.GetStringAsync($"/api/topologies/{id}")).Topology!;
        current.FindElement("eai").ShouldNotBeNull();
        var old = TopologyDocumentSerializer.Import(await _client.GetStringAsync($"/api/topologies/{id}/revisions/1")).Topology!;
        old.FindElement("eai").ShouldBeNull();

        (await _client.PostAsync($"/api/topologies/{id}/revisions/1/restore", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        TopologyDocumentSerializer.Import(await _client.GetStringAsync($"/api/topologies/{id}")).Topology!.FindElement("eai").ShouldBeNull();
    }

    [SkippableFact]
    public async Task A_download_is_offered_as_a_named_json_file()
    {
        var id = await Post(SampleDocument("vlans"));

        var response = await _client.GetAsync($"/api/topologies/{id}?download=true");

        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        response.Content.Headers.ContentDisposition!.FileName.ShouldBe("vlans.json");
    }

    [SkippableFact]
    public async Task Duplicate_rename_and_delete_work_on_the_stored_topology()
    {
        var id = await Post(SampleDocument("vlans"));

        var copy = await _client.PostAsync($"/api/topologies/{id}/duplicate", null);
        copy.StatusCode.ShouldBe(HttpStatusCode.Created);
        var copyId = (await copy.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await _client.PatchAsJsonAsync($"/api/topologies/{copyId}", new { name = "vlans lab", description = "for the class" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var list = (await _client.GetFromJsonAsync<List<TopologySummary>>("/api/topologies"))!;
        list.ShouldContain(t => t.Id == copyId && t.Name == "vlans lab" && t.Description == "for the class");

        (await _client.DeleteAsync($"/api/topologies/{copyId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await _client.GetAsync($"/api/topologies/{copyId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _client.DeleteAsync($"/api/topologies/{copyId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [SkippableFact]
    public async Task A_rename_without_a_name_is_refused_with_the_field_and_the_reason()
    {
        var id = await Post(SampleDocument("vlans"));

        var response = await _client.PatchAsJsonAsync($"/api/topologies/{id}", new { name = " ", description = new string('x', 4001) });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.GetProperty("name")[0].GetString().ShouldBe("A name is required.");
        errors.GetProperty("description")[0].GetString().ShouldBe("A description has at most 4000 characters.");
    }
}

public sealed class TopologyEndpointsOnSqliteTests(AppFactory factory) : TopologyEndpointsTests<AppFactory>(factory);

public sealed class TopologyEndpointsOnPostgreSqlTests(PostgreSqlAppFactory factory) : TopologyEndpointsTests<PostgreSqlAppFactory>(factory);
