using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using InfraDesigner.Data;
using InfraDesigner.Web.Accounts.Tokens;
using InfraDesigner.Web.Features.Tokens;
using InfraDesigner.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InfraDesigner.Web.Tests.Accounts;

/// <summary>API tokens for programs: made by a signed-in account, shown once, stored hashed, read-only or read-write, expiring, revocable.</summary>
public abstract class ApiTokenTests<TApp>(TApp factory) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    private const string Password = "token-password-1";
    private readonly string _email = $"scripter-{Guid.NewGuid():N}"[..20] + "@tests.invalid";
    private HttpClient _account = default!;

    public async Task InitializeAsync()
    {
        using var admin = factory.CreateClient();
        (await admin.PostAsJsonAsync("/api/accounts", new { email = _email, password = Password, role = "member" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        _account = factory.ClientWithToken(factory.SignIn(_email, Password));
    }

    public Task DisposeAsync()
    {
        _account.Dispose();
        return Task.CompletedTask;
    }

    private async Task<NewApiToken> Make(bool readOnly, int days = 30, string name = "nightly check")
    {
        var made = await _account.PostAsJsonAsync("/api/account/tokens", new { name, readOnly, expiresInDays = days });
        made.StatusCode.ShouldBe(HttpStatusCode.Created, await made.Content.ReadAsStringAsync());
        return (await made.Content.ReadFromJsonAsync<NewApiToken>())!;
    }

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    [SkippableFact]
    public async Task A_token_signs_a_program_in_as_its_account_and_is_listed_without_its_secret()
    {
        var made = await Make(readOnly: false);
        made.Secret.ShouldStartWith("idt_");
        made.Token.Prefix.ShouldBe(made.Secret[..10]);
        made.Token.ExpiresAt.ShouldBe(made.Token.CreatedAt.AddDays(30));

        using var program = factory.ClientWithToken(made.Secret);
        (await program.GetFromJsonAsync<JsonElement>("/api/account/me")).GetProperty("email").GetString().ShouldBe(_email);
        var id = await SampleUpload.PostAsync(program);
        (await _account.GetAsync($"/api/topologies/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK, "what the token made belongs to its account");

        var listed = await _account.GetStringAsync("/api/account/tokens");
        listed.ShouldNotContain(made.Secret);
        var token = JsonSerializer.Deserialize<ApiTokenView[]>(listed, JsonSerializerOptions.Web)!.Single(t => t.Id == made.Token.Id);
        token.LastUsedAt.ShouldNotBeNull();
    }

    [SkippableFact]
    public async Task Only_the_hash_of_the_secret_is_stored()
    {
        var made = await Make(readOnly: true);

        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var row = await db.ApiTokens.SingleAsync(t => t.Id == made.Token.Id);
        row.Hash.ShouldBe(ApiTokenSecret.Hash(made.Secret));
        row.Hash.ShouldNotContain(made.Secret[ApiTokenSecret.Marker.Length..]);
        row.Prefix.Length.ShouldBe(ApiTokenSecret.PrefixLength);
    }

    [SkippableFact]
    public async Task A_read_only_token_reads_and_asks_but_changes_nothing()
    {
        var id = await SampleUpload.PostAsync(_account);
        var made = await Make(readOnly: true);
        using var program = factory.ClientWithToken(made.Secret);

        (await program.GetAsync($"/api/topologies/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await program.PostAsync($"/api/topologies/{id}/reachability", Json(new { from = "app-a", to = "sap", port = 3300 }))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await program.PostAsync($"/api/topologies/{id}/simulations/capacity", Json(new { cluster = "c1" }))).StatusCode.ShouldNotBe(HttpStatusCode.Forbidden);
        await using (var hub = await HubClient.ConnectAsync(factory, made.Secret))
            (await hub.StreamAllAsync("Trace", id, """{ "from": "app-a", "to": "sap", "port": 3300 }""")).ShouldHaveSingleItem().Type.ShouldBe(InfraDesigner.Web.Hubs.HubEvent.ResultType);

        var rename = await program.PatchAsync($"/api/topologies/{id}", Json(new { name = "renamed by a script" }));
        rename.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await rename.Content.ReadAsStringAsync()).ShouldContain("read-only");
        (await program.PostAsync($"/api/topologies/{id}/duplicate", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await program.DeleteAsync($"/api/topologies/{id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _account.GetFromJsonAsync<JsonElement[]>("/api/topologies"))!.Single(t => t.GetProperty("id").GetGuid() == id)
            .GetProperty("name").GetString().ShouldBe("zones-firewall");
    }

    [SkippableFact]
    public async Task A_revoked_or_expired_token_is_refused_and_a_token_cannot_make_tokens()
    {
        var made = await Make(readOnly: false);
        using var program = factory.ClientWithToken(made.Secret);
        (await program.PostAsJsonAsync("/api/account/tokens", new { name = "more", readOnly = false })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await program.DeleteAsync($"/api/account/tokens/{made.Token.Id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await _account.DeleteAsync($"/api/account/tokens/{made.Token.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await program.GetAsync("/api/topologies")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await _account.DeleteAsync($"/api/account/tokens/{made.Token.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var expired = await Make(readOnly: false, days: 1);
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            var row = await db.ApiTokens.SingleAsync(t => t.Id == expired.Token.Id);
            row.ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1);
            await db.SaveChangesAsync();
        }
        using var late = factory.ClientWithToken(expired.Secret);
        (await late.GetAsync("/api/topologies")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var madeUp = factory.ClientWithToken(ApiTokenSecret.New());
        (await madeUp.GetAsync("/api/topologies")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [SkippableFact]
    public async Task A_token_without_a_name_or_a_sane_expiry_is_refused_at_its_fields()
    {
        var refused = await _account.PostAsJsonAsync("/api/account/tokens", new { name = " ", readOnly = true, expiresInDays = 400 });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.GetProperty("name")[0].GetString().ShouldBe("A name is required, to tell the token's use later.");
        errors.GetProperty("expiresInDays")[0].GetString().ShouldBe("400 is not between 1 and 365 days.");
        (await _account.GetFromJsonAsync<ApiTokenView[]>("/api/account/tokens"))!.ShouldNotContain(t => t.Name == " ");
    }

    [SkippableFact]
    public async Task Anonymous_callers_cannot_list_or_make_tokens()
    {
        using var anonymous = factory.AnonymousClient();
        (await anonymous.GetAsync("/api/account/tokens")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsJsonAsync("/api/account/tokens", new { name = "x", readOnly = true })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}

public sealed class ApiTokensOnSqliteTests(AppFactory factory) : ApiTokenTests<AppFactory>(factory);

public sealed class ApiTokensOnPostgreSqlTests(PostgreSqlAppFactory factory) : ApiTokenTests<PostgreSqlAppFactory>(factory);
