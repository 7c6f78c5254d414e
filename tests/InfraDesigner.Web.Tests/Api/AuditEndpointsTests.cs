using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InfraDesigner.Data.Entities;
using InfraDesigner.Web.Features.Audit;
using InfraDesigner.Web.Tests.Support;

namespace InfraDesigner.Web.Tests.Api;

/// <summary>The change log over REST: what each change wrote, who may read it, its filters, its pages and its refusals.</summary>
public abstract class AuditEndpointsTests<TApp>(TApp factory) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    private const string Password = "audit-password-1";
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private readonly Dictionary<string, string> _tokens = [];
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public async Task InitializeAsync()
    {
        using var admin = factory.CreateClient();
        foreach (var who in new[] { "owner", "viewer", "stranger" })
        {
            (await admin.PostAsJsonAsync("/api/accounts", new { email = Email(who), password = Password, role = "member" })).StatusCode.ShouldBe(HttpStatusCode.Created);
            _tokens[who] = factory.SignIn(Email(who), Password);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private string Email(string who) => $"{who}-{_run}@tests.invalid";

    private HttpClient As(string who) => who == "admin" ? factory.CreateClient() : factory.ClientWithToken(_tokens[who]);

    private static async Task<AuditPage> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<AuditPage>(Web))!;
    }

    /// <summary>A topology of the owner's, renamed, shared with the viewer and edited through the API.</summary>
    private async Task<Guid> ChangedTopologyAsync(HttpClient owner)
    {
        var id = await SampleUpload.PostAsync(owner);
        (await owner.PatchAsJsonAsync($"/api/topologies/{id}", new { name = $"Audited {_run}" })).EnsureSuccessStatusCode();
        (await owner.PutAsJsonAsync($"/api/topologies/{id}/shares", new { email = Email("viewer"), access = "viewer" })).EnsureSuccessStatusCode();
        var replaced = await owner.PutAsync($"/api/topologies/{id}", new StringContent(
            InfraDesigner.Domain.Documents.TopologyDocumentSerializer.Export(InfraDesigner.Domain.Samples.SampleTopologies.Get("zones-eai").Topology with { Name = $"Audited {_run}" }),
            System.Text.Encoding.UTF8, "application/json"));
        replaced.EnsureSuccessStatusCode();
        return id;
    }

    [SkippableFact]
    public async Task Each_change_is_logged_newest_first_with_who_made_it_and_the_item_before_and_after()
    {
        using var owner = As("owner");
        var id = await ChangedTopologyAsync(owner);

        var log = (await PageAsync(owner, $"/api/topologies/{id}/audit")).Entries;

        log[^1].Action.ShouldBe(AuditAction.Created);
        log.Select(e => e.Action).ShouldContain(AuditAction.Renamed);
        log.ShouldContain(e => e.Action == AuditAction.Shared && e.Item == Email("viewer") && e.Before == "none" && e.After == "viewer");
        log.ShouldContain(e => e.Action == AuditAction.ItemAdded && e.Item == "elements[eai]" && e.Before == null && e.After!.Contains("\"eai\""));
        log.ShouldAllBe(e => e.User == Email("owner") && e.TopologyId == id);
        log.Select(e => e.Id).ShouldBeInOrder(SortDirection.Descending);
    }

    [SkippableFact]
    public async Task A_viewer_reads_the_log_a_stranger_does_not_and_only_an_admin_sees_a_deleted_topologys()
    {
        using var owner = As("owner");
        using var viewer = As("viewer");
        using var stranger = As("stranger");
        using var admin = As("admin");
        var id = await ChangedTopologyAsync(owner);

        (await PageAsync(viewer, $"/api/topologies/{id}/audit")).Entries.ShouldNotBeEmpty();
        (await stranger.GetAsync($"/api/topologies/{id}/audit")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await PageAsync(stranger, $"/api/audit?topology={_run}")).Entries.ShouldBeEmpty();
        (await PageAsync(viewer, $"/api/audit?topology={_run}")).Entries.ShouldAllBe(e => e.TopologyId == id);
        (await factory.AnonymousClient().GetAsync("/api/audit")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        (await owner.DeleteAsync($"/api/topologies/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await PageAsync(owner, $"/api/audit?topology={_run}")).Entries.ShouldBeEmpty();
        var deleted = (await PageAsync(admin, $"/api/audit?topology={_run}&action=deleted")).Entries.ShouldHaveSingleItem();
        (deleted.User, deleted.TopologyName).ShouldBe((Email("owner"), $"Audited {_run}"));
        deleted.Before!.ShouldContain("\"eai\"");
    }

    [SkippableFact]
    public async Task Filters_narrow_the_log_and_pages_follow_on_without_overlap()
    {
        using var owner = As("owner");
        var id = await ChangedTopologyAsync(owner);
        var all = (await PageAsync(owner, $"/api/topologies/{id}/audit?take=500")).Entries;

        (await PageAsync(owner, $"/api/topologies/{id}/audit?action=ItemRemoved")).Entries.ShouldAllBe(e => e.Action == AuditAction.ItemRemoved);
        (await PageAsync(owner, $"/api/topologies/{id}/audit?item=app-a")).Entries.ShouldAllBe(e => e.Item!.Contains("app-a"));
        (await PageAsync(owner, $"/api/topologies/{id}/audit?user=system")).Entries.ShouldBeEmpty();
        (await PageAsync(owner, $"/api/topologies/{id}/audit?user=OWNER-{_run}")).Entries.Count.ShouldBe(all.Count);
        (await PageAsync(owner, $"/api/topologies/{id}/audit?from={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(1).ToString("O"))}")).Entries.ShouldBeEmpty();

        var first = await PageAsync(owner, $"/api/topologies/{id}/audit?take=3");
        var second = await PageAsync(owner, $"/api/topologies/{id}/audit?take=3&before={first.Next}");
        first.Entries.Concat(second.Entries).Select(e => e.Id).ShouldBe(all.Take(6).Select(e => e.Id));
    }

    [SkippableFact]
    public async Task A_filter_that_does_not_parse_is_refused_naming_each_parameter()
    {
        using var owner = As("owner");

        var refused = await owner.GetAsync("/api/audit?action=exploded&take=0&from=yesterday&before=x");

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.GetProperty("from")[0].GetString().ShouldBe("'yesterday' is not an ISO 8601 instant.");
        errors.GetProperty("before")[0].GetString().ShouldBe("'x' is not a whole number.");
        var valid = await owner.GetAsync("/api/audit?action=exploded&take=0");
        var named = (await valid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        named.GetProperty("action")[0].GetString()!.ShouldStartWith("'exploded' is not one of Created, ItemAdded");
        named.GetProperty("take")[0].GetString().ShouldBe("0 is not between 1 and 500.");
    }
}

public sealed class AuditEndpointsOnSqliteTests(AppFactory factory) : AuditEndpointsTests<AppFactory>(factory);

public sealed class AuditEndpointsOnPostgreSqlTests(PostgreSqlAppFactory factory) : AuditEndpointsTests<PostgreSqlAppFactory>(factory);
