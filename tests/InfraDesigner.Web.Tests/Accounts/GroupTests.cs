using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InfraDesigner.Web.Accounts;
using InfraDesigner.Web.Tests.Support;

namespace InfraDesigner.Web.Tests.Accounts;

/// <summary>Groups over REST: who makes and changes them, who sees their members, and what sharing with one gives.</summary>
public abstract class GroupTests<TApp>(TApp factory) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    private const string Password = "group-password-1";
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private readonly Dictionary<string, string> _tokens = [];

    public async Task InitializeAsync()
    {
        using var admin = factory.CreateClient();
        foreach (var (who, role) in new[] { ("trainer", "trainer"), ("trainee", "trainee"), ("other", "trainer") })
        {
            (await admin.PostAsJsonAsync("/api/accounts", new { email = Email(who), password = Password, role })).StatusCode.ShouldBe(HttpStatusCode.Created);
            _tokens[who] = factory.SignIn(Email(who), Password);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private string Email(string who) => $"{who}-{_run}@tests.invalid";

    private HttpClient As(string who) => factory.ClientWithToken(_tokens[who]);

    private async Task<GroupView> MakeAsync(HttpClient client, string name)
    {
        var made = await client.PostAsJsonAsync("/api/groups", new { name });
        made.StatusCode.ShouldBe(HttpStatusCode.Created, await made.Content.ReadAsStringAsync());
        return (await made.Content.ReadFromJsonAsync<GroupView>())!;
    }

    [SkippableFact]
    public async Task A_trainers_class_sees_what_was_shared_with_it_until_a_trainee_is_taken_out()
    {
        using var trainer = As("trainer");
        using var trainee = As("trainee");
        var group = await MakeAsync(trainer, $"class {_run}");
        (await trainer.PostAsJsonAsync($"/api/groups/{group.Id}/members", new { email = Email("trainee") })).EnsureSuccessStatusCode();
        var id = await SampleUpload.PostAsync(trainer);

        (await trainee.GetAsync($"/api/topologies/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await trainer.PutAsJsonAsync($"/api/topologies/{id}/shares", new { group = group.Name, access = "viewer" })).EnsureSuccessStatusCode();

        (await trainee.GetAsync($"/api/topologies/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await trainee.GetFromJsonAsync<JsonElement[]>("/api/topologies"))!.ShouldContain(t => t.GetProperty("id").GetGuid() == id);
        (await trainee.PatchAsJsonAsync($"/api/topologies/{id}", new { name = "mine now" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var shares = (await trainer.GetFromJsonAsync<JsonElement[]>($"/api/topologies/{id}/shares"))!;
        shares.ShouldContain(s => s.GetProperty("group").GetString() == group.Name && s.GetProperty("access").GetString() == "viewer");

        (await trainer.DeleteAsync($"/api/groups/{group.Id}/members/{Email("trainee")}")).EnsureSuccessStatusCode();
        (await trainee.GetAsync($"/api/topologies/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [SkippableFact]
    public async Task Only_admins_and_trainers_make_groups_and_only_the_maker_or_an_admin_changes_one()
    {
        using var trainer = As("trainer");
        using var other = As("other");
        using var trainee = As("trainee");
        var group = await MakeAsync(trainer, $"team {_run}");

        (await trainee.PostAsJsonAsync("/api/groups", new { name = $"mine {_run}" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await other.PostAsJsonAsync($"/api/groups/{group.Id}/members", new { email = Email("other") })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await other.DeleteAsync($"/api/groups/{group.Id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var seenByOther = (await other.GetFromJsonAsync<GroupView[]>("/api/groups"))!.Single(g => g.Id == group.Id);
        (seenByOther.Members, seenByOther.CanManage, seenByOther.Owner).ShouldBe((null, false, Email("trainer")));
        (await factory.CreateClient().PostAsJsonAsync($"/api/groups/{group.Id}/members", new { email = Email("other") })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await trainer.DeleteAsync($"/api/groups/{group.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await trainer.DeleteAsync($"/api/groups/{group.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [SkippableFact]
    public async Task Bad_names_unknown_accounts_and_unknown_groups_are_refused_at_their_field()
    {
        using var trainer = As("trainer");
        var group = await MakeAsync(trainer, $"lab {_run}");
        var id = await SampleUpload.PostAsync(trainer);

        async Task<string> Refusal(HttpResponseMessage response, string field)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty(field)[0].GetString()!;
        }

        (await Refusal(await trainer.PostAsJsonAsync("/api/groups", new { name = $"lab {_run}" }), "name")).ShouldBe($"There is already a group named 'lab {_run}'.");
        (await Refusal(await trainer.PostAsJsonAsync("/api/groups", new { name = " " }), "name")).ShouldBe("A group needs a name.");
        (await Refusal(await trainer.PostAsJsonAsync($"/api/groups/{group.Id}/members", new { email = "nobody@tests.invalid" }), "email"))
            .ShouldBe("There is no account with the email 'nobody@tests.invalid'.");
        (await Refusal(await trainer.PutAsJsonAsync($"/api/topologies/{id}/shares", new { group = "no such group", access = "viewer" }), "group"))
            .ShouldBe("There is no group named 'no such group'.");
        (await Refusal(await trainer.PutAsJsonAsync($"/api/topologies/{id}/shares", new { group = group.Name, email = Email("trainee"), access = "viewer" }), "group"))
            .ShouldBe("Share with an account or a group, not both at once.");
    }
}

public sealed class GroupOnSqliteTests(AppFactory factory) : GroupTests<AppFactory>(factory);

public sealed class GroupOnPostgreSqlTests(PostgreSqlAppFactory factory) : GroupTests<PostgreSqlAppFactory>(factory);
