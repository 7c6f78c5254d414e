using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using InfraDesigner.Domain.Documents;
using InfraDesigner.Domain.Samples;
using InfraDesigner.Web.Tests.Support;
using Microsoft.AspNetCore.SignalR.Client;

namespace InfraDesigner.Web.Tests.Security;

/// <summary>
/// Every topology endpoint and hub method tried as anonymous, as an account without access, as a viewer, an editor and
/// the owner; the test lists every call that got access it should not have, or was refused access it should have.
/// </summary>
public abstract class AccessMatrixTests<TApp>(TApp factory) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    private enum Needs { Viewer, Editor, Owner }

    private enum Who { Anonymous, Stranger, Viewer, Editor, GroupViewer, GroupEditor, Owner }

    private sealed record Call(string Name, Needs Needs, Func<HttpClient, Guid, Task<HttpResponseMessage>> Send);

    private readonly Dictionary<Who, string> _tokens = [];
    private Guid _id;

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    private static readonly string Document = TopologyDocumentSerializer.Export(SampleTopologies.Get("zones-firewall").Topology);

    private static readonly Call[] Calls =
    [
        new("GET topology", Needs.Viewer, (c, id) => c.GetAsync($"/api/topologies/{id}")),
        new("GET revisions", Needs.Viewer, (c, id) => c.GetAsync($"/api/topologies/{id}/revisions")),
        new("GET audit", Needs.Viewer, (c, id) => c.GetAsync($"/api/topologies/{id}/audit")),
        new("GET revision 1", Needs.Viewer, (c, id) => c.GetAsync($"/api/topologies/{id}/revisions/1")),
        new("POST reachability", Needs.Viewer, (c, id) => c.PostAsync($"/api/topologies/{id}/reachability", Json(new { from = "app-a", to = "sap", port = 3300 }))),
        new("POST ask", Needs.Viewer, (c, id) => c.PostAsync($"/api/topologies/{id}/ask", Json(new { question = "can app-a reach sap on 3300?" }))),
        new("GET intents/check", Needs.Viewer, (c, id) => c.GetAsync($"/api/topologies/{id}/intents/check")),
        new("GET matrix", Needs.Viewer, (c, id) => c.GetAsync($"/api/topologies/{id}/matrix?ports=3300")),
        new("GET shadowed-rules", Needs.Viewer, (c, id) => c.GetAsync($"/api/topologies/{id}/shadowed-rules?firewall=fw-ab")),
        new("GET diff", Needs.Viewer, (c, id) => c.GetAsync($"/api/topologies/{id}/diff?from=1")),
        new("POST simulations/capacity", Needs.Viewer, (c, id) => c.PostAsync($"/api/topologies/{id}/simulations/capacity", Json(new { cluster = "c1" }))),
        new("POST duplicate", Needs.Viewer, (c, id) => c.PostAsync($"/api/topologies/{id}/duplicate", null)),
        new("PUT topology", Needs.Editor, (c, id) => c.PutAsync($"/api/topologies/{id}", new StringContent(Document, Encoding.UTF8, "application/json"))),
        new("PATCH rename", Needs.Editor, (c, id) => c.PatchAsync($"/api/topologies/{id}", Json(new { name = "Renamed" }))),
        new("POST revision", Needs.Editor, (c, id) => c.PostAsync($"/api/topologies/{id}/revisions", Json(new { name = "by someone" }))),
        new("POST restore", Needs.Editor, (c, id) => c.PostAsync($"/api/topologies/{id}/revisions/1/restore", null)),
        new("GET shares", Needs.Owner, (c, id) => c.GetAsync($"/api/topologies/{id}/shares")),
        new("PUT shares", Needs.Owner, (c, id) => c.PutAsync($"/api/topologies/{id}/shares", Json(new { email = "viewer@tests.invalid", access = "viewer" }))),
    ];

    public async Task InitializeAsync()
    {
        using var admin = factory.CreateClient();
        foreach (var who in new[] { Who.Stranger, Who.Viewer, Who.Editor, Who.GroupViewer, Who.GroupEditor, Who.Owner })
        {
            var email = Email(who);
            var created = await admin.PostAsJsonAsync("/api/accounts", new { email, password = Password, role = "member" });
            if (created.StatusCode != HttpStatusCode.Created && (await created.Content.ReadAsStringAsync()) is var body && !body.Contains("is already taken"))
                throw new InvalidOperationException($"{email}: {created.StatusCode} {body}");
            _tokens[who] = factory.SignIn(email, Password);
        }
        using var owner = Client(Who.Owner);
        _id = await SampleUpload.PostAsync(owner);
        (await owner.PostAsync($"/api/topologies/{_id}/revisions", Json(new { name = "first" }))).EnsureSuccessStatusCode();
        (await owner.PutAsync($"/api/topologies/{_id}/shares", Json(new { email = Email(Who.Viewer), access = "viewer" }))).EnsureSuccessStatusCode();
        (await owner.PutAsync($"/api/topologies/{_id}/shares", Json(new { email = Email(Who.Editor), access = "editor" }))).EnsureSuccessStatusCode();
        // The group members get their access only through their groups; the editors' group is also in the viewers' one.
        foreach (var (group, members, access) in new[] { ("viewers", new[] { Who.GroupViewer, Who.GroupEditor }, "viewer"), ("editors", new[] { Who.GroupEditor }, "editor") })
        {
            var name = $"{group}-{_id:N}";
            var made = await admin.PostAsync("/api/groups", Json(new { name }));
            made.StatusCode.ShouldBe(HttpStatusCode.Created, await made.Content.ReadAsStringAsync());
            var groupId = (await made.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            foreach (var member in members)
                (await admin.PostAsync($"/api/groups/{groupId}/members", Json(new { email = Email(member) }))).EnsureSuccessStatusCode();
            (await owner.PutAsync($"/api/topologies/{_id}/shares", Json(new { group = name, access }))).EnsureSuccessStatusCode();
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private const string Password = "member-password-1";

    private static string Email(Who who) => $"{who.ToString().ToLowerInvariant()}@tests.invalid";

    private HttpClient Client(Who who) => who == Who.Anonymous ? factory.AnonymousClient() : factory.ClientWithToken(_tokens[who]);

    private static bool Allowed(Who who, Needs needs) => who switch
    {
        Who.Owner => true,
        Who.Editor or Who.GroupEditor => needs <= Needs.Editor,
        Who.Viewer or Who.GroupViewer => needs == Needs.Viewer,
        _ => false,
    };

    /// <summary>What a refused caller gets: anonymous 401, an account that may not see the topology 404, one that may see it 403.</summary>
    private static HttpStatusCode Refusal(Who who) => who switch
    {
        Who.Anonymous => HttpStatusCode.Unauthorized,
        Who.Stranger => HttpStatusCode.NotFound,
        _ => HttpStatusCode.Forbidden,
    };

    [SkippableFact]
    public async Task Every_endpoint_gives_each_caller_exactly_the_access_it_has()
    {
        var wrong = new List<string>();
        foreach (var who in Enum.GetValues<Who>())
        foreach (var call in Calls)
        {
            using var client = Client(who);
            using var response = await call.Send(client, _id);
            var status = response.StatusCode;
            var refused = status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound;
            if (Allowed(who, call.Needs) ? refused : status != Refusal(who))
                wrong.Add($"{who} {call.Name}: {(int)status} {await response.Content.ReadAsStringAsync()}");
        }
        wrong.ShouldBeEmpty();
    }

    [SkippableFact]
    public async Task Only_the_owner_deletes_and_the_list_shows_each_account_what_it_may_see()
    {
        using var stranger = Client(Who.Stranger);
        using var viewer = Client(Who.Viewer);
        using var editor = Client(Who.Editor);
        using var owner = Client(Who.Owner);

        (await stranger.GetFromJsonAsync<JsonElement[]>("/api/topologies"))!.ShouldNotContain(t => t.GetProperty("id").GetGuid() == _id);
        (await viewer.GetFromJsonAsync<JsonElement[]>("/api/topologies"))!.ShouldContain(t => t.GetProperty("id").GetGuid() == _id);
        (await factory.AnonymousClient().GetAsync("/api/topologies")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        (await stranger.DeleteAsync($"/api/topologies/{_id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await editor.DeleteAsync($"/api/topologies/{_id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await owner.DeleteAsync($"/api/topologies/{_id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [SkippableFact]
    public async Task The_hub_answers_a_viewer_says_not_found_to_a_stranger_and_refuses_anonymous_connections()
    {
        const string question = """{ "from": "app-a", "to": "sap", "port": 3300 }""";
        await using var viewer = await HubClient.ConnectAsync(factory, _tokens[Who.Viewer]);
        (await viewer.StreamAllAsync("Trace", _id, question)).ShouldHaveSingleItem().Type.ShouldBe(InfraDesigner.Web.Hubs.HubEvent.ResultType);

        await using var stranger = await HubClient.ConnectAsync(factory, _tokens[Who.Stranger]);
        (await stranger.RefusalAsync("Trace", _id.ToString(), question)).Status.ShouldBe(404);

        await Should.ThrowAsync<Exception>(async () => await HubClient.ConnectAsync(factory, "not-a-token"));
    }

    [SkippableFact]
    public async Task Sharing_with_an_unknown_account_or_a_made_up_level_names_the_field()
    {
        using var owner = Client(Who.Owner);
        var unknown = await owner.PutAsync($"/api/topologies/{_id}/shares", Json(new { email = "nobody@tests.invalid", access = "viewer" }));
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknown.Content.ReadAsStringAsync()).ShouldContain("There is no account with the email 'nobody@tests.invalid'.");
        var level = await owner.PutAsync($"/api/topologies/{_id}/shares", Json(new { email = Email(Who.Viewer), access = "admin" }));
        (await level.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("access")[0].GetString()
            .ShouldBe("'admin' is not one of none, viewer, editor.");
    }
}

public sealed class AccessMatrixOnSqliteTests(AppFactory factory) : AccessMatrixTests<AppFactory>(factory);

public sealed class AccessMatrixOnPostgreSqlTests(PostgreSqlAppFactory factory) : AccessMatrixTests<PostgreSqlAppFactory>(factory);
