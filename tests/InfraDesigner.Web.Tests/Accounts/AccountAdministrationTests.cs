using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using InfraDesigner.Web.Accounts;
using InfraDesigner.Web.Tests.Support;

namespace InfraDesigner.Web.Tests.Accounts;

/// <summary>Admins add accounts and change their roles; the new role applies at once; nobody else may; the last admin stays.</summary>
public abstract class AccountAdministrationTests<TApp>(TApp factory) : IClassFixture<TApp> where TApp : AppFactory
{
    private const string Password = "admin-made-1";

    private static string NewEmail(string who) => $"{who}-{Guid.NewGuid():N}"[..24] + "@tests.invalid";

    private static StringContent EmptyLesson() => new("{}", Encoding.UTF8, "application/json");

    private async Task<AccountView> Add(HttpClient admin, string email, string role)
    {
        var created = await admin.PostAsJsonAsync("/api/accounts", new { email, password = Password, role });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<AccountView>())!;
    }

    [SkippableFact]
    public async Task A_role_change_applies_to_the_accounts_next_request()
    {
        using var admin = factory.CreateClient();
        var email = NewEmail("kim");
        var kim = await Add(admin, email, Roles.Trainee);
        using var asKim = factory.ClientWithToken(factory.SignIn(email, Password));
        (await asKim.PostAsync("/api/lessons", EmptyLesson())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var changed = await admin.PutAsJsonAsync($"/api/accounts/{kim.Id}/role", new { role = Roles.Trainer });

        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await changed.Content.ReadFromJsonAsync<AccountView>())!.Roles.ShouldBe([Roles.Trainer]);
        (await admin.GetFromJsonAsync<AccountView[]>("/api/accounts"))!.Single(a => a.Id == kim.Id).Roles.ShouldBe([Roles.Trainer]);
        using var asTrainer = factory.ClientWithToken(factory.SignIn(email, Password));
        (await asTrainer.GetFromJsonAsync<JsonElement>("/api/account/me")).GetProperty("roles")[0].GetString().ShouldBe(Roles.Trainer);
        (await asTrainer.PostAsync("/api/lessons", EmptyLesson())).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "a trainer's import gets as far as the file's own problems");
    }

    [SkippableFact]
    public async Task Only_admins_manage_accounts_and_a_made_up_role_is_named()
    {
        using var admin = factory.CreateClient();
        var email = NewEmail("lee");
        var lee = await Add(admin, email, Roles.Member);
        using var asLee = factory.ClientWithToken(factory.SignIn(email, Password));

        (await asLee.GetAsync("/api/accounts")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await asLee.PutAsJsonAsync($"/api/accounts/{lee.Id}/role", new { role = Roles.Admin })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.AnonymousClient().PutAsJsonAsync($"/api/accounts/{lee.Id}/role", new { role = Roles.Admin })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var madeUp = await admin.PutAsJsonAsync($"/api/accounts/{lee.Id}/role", new { role = "superuser" });
        madeUp.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await madeUp.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("role")[0].GetString()
            .ShouldBe("'superuser' is not one of admin, trainer, trainee, member.");
        (await admin.PutAsJsonAsync($"/api/accounts/not-an-account/role", new { role = Roles.Member })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [SkippableFact]
    public async Task The_last_admin_cannot_be_demoted()
    {
        using var admin = factory.CreateClient();
        var accounts = (await admin.GetFromJsonAsync<AccountView[]>("/api/accounts"))!;
        var second = await Add(admin, NewEmail("second-admin"), Roles.Admin);
        foreach (var other in accounts.Where(a => a.Roles.Contains(Roles.Admin) && a.Email != AppFactory.AdminEmail))
            (await admin.PutAsJsonAsync($"/api/accounts/{other.Id}/role", new { role = Roles.Member })).EnsureSuccessStatusCode();
        (await admin.PutAsJsonAsync($"/api/accounts/{second.Id}/role", new { role = Roles.Member })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var me = accounts.Single(a => a.Email == AppFactory.AdminEmail);
        var refused = await admin.PutAsJsonAsync($"/api/accounts/{me.Id}/role", new { role = Roles.Member });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("is the only admin");
        (await admin.GetFromJsonAsync<AccountView[]>("/api/accounts"))!.Single(a => a.Id == me.Id).Roles.ShouldBe([Roles.Admin]);
    }
}

public sealed class AccountAdministrationOnSqliteTests(AppFactory factory) : AccountAdministrationTests<AppFactory>(factory);

public sealed class AccountAdministrationOnPostgreSqlTests(PostgreSqlAppFactory factory) : AccountAdministrationTests<PostgreSqlAppFactory>(factory);
