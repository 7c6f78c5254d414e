using InfraDesigner.Data;
using InfraDesigner.Testing.Databases;
using System.Net.Http.Json;
using System.Text.Json;
using InfraDesigner.Web.Accounts;
using InfraDesigner.Web.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace InfraDesigner.Web.Tests.Support;

/// <summary>
/// The whole app in-process, on a database of its own (a temporary SQLite file here; PostgreSQL in
/// <see cref="PostgreSqlAppFactory"/>), made when the app is first started.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>
{
    private readonly Lazy<TestDatabase> _database;
    private readonly bool _ownsDatabase = true;

    public AppFactory() => _database = new(() => TestDatabase.Create(Provider));

    private AppFactory(AppFactory first) => (_database, _ownsDatabase) = (new(() => first.Database), false);

    /// <summary>Another instance of the app on this one's database, as a second server behind a load balancer.</summary>
    public AppFactory AnotherInstance() => new(this);

    protected virtual DatabaseProvider Provider => DatabaseProvider.Sqlite;

    /// <summary>Whether the app makes the tests' admin at start and <c>CreateClient</c>'s clients act for it; false: a fresh install with no account.</summary>
    protected virtual bool WithAdmin => true;

    public TestDatabase Database => _database.Value;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(DatabaseServiceCollectionExtensions.ProviderKey, Database.Settings.Provider.ToString());
        builder.UseSetting(DatabaseServiceCollectionExtensions.ConnectionStringKey, Database.Settings.ConnectionString);
        // Tests post hundreds of documents a second from one address; the limiter's own test sets a small limit.
        builder.UseSetting($"{ApiRateLimitOptions.Section}:PermitLimit", "1000000");
        builder.UseSetting($"{AccountOptions.Section}:SignInPermitLimit", "1000000");
        if (!WithAdmin) return;
        builder.UseSetting($"{AccountOptions.Section}:AdminEmail", AdminEmail);
        builder.UseSetting($"{AccountOptions.Section}:AdminPassword", AdminPassword);
    }

    /// <summary>The admin the app creates on its empty database at start; every client of <c>CreateClient</c> acts for it.</summary>
    public const string AdminEmail = "admin@tests.invalid";

    public const string AdminPassword = "admin-password-1";

    private string? _adminToken;

    /// <summary>A bearer token of the admin, asked once.</summary>
    public string AdminToken => _adminToken ??= SignIn(AdminEmail, AdminPassword);

    /// <summary>Signs in through the API (not through <c>CreateClient</c>, which would sign in itself) and answers the bearer token.</summary>
    public string SignIn(string email, string password)
    {
        using var http = AnonymousClient();
        var response = http.PostAsJsonAsync(AccountEndpoints.SignInPath, new { email, password }).GetAwaiter().GetResult();
        response.EnsureSuccessStatusCode();
        return response.Content.ReadFromJsonAsync<JsonElement>().GetAwaiter().GetResult().GetProperty("accessToken").GetString()!;
    }

    /// <summary>A client that has not signed in.</summary>
    public HttpClient AnonymousClient()
    {
        var client = Server.CreateClient();
        client.BaseAddress = ClientOptions.BaseAddress;
        return client;
    }

    /// <summary>A client signed in as the account with this bearer token.</summary>
    public HttpClient ClientWithToken(string token)
    {
        var client = AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        if (WithAdmin) client.DefaultRequestHeaders.Authorization = new("Bearer", AdminToken);
    }

    /// <summary>Makes the database first, so a PostgreSQL factory without a server skips the test before the app starts.</summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        _ = Database;
        return base.CreateHost(builder);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDatabase && _database.IsValueCreated) _database.Value.Dispose();
    }
}

/// <summary>The whole app in-process on a fresh database of the test PostgreSQL server.</summary>
public sealed class PostgreSqlAppFactory : AppFactory
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}

/// <summary>The app as a fresh install: no account yet, and clients that have not signed in.</summary>
public sealed class FreshAppFactory : AppFactory
{
    protected override bool WithAdmin => false;
}
