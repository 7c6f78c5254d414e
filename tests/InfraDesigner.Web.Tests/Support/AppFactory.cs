using InfraDesigner.Data;
using InfraDesigner.Testing.Databases;
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

    public TestDatabase Database => _database.Value;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(DatabaseServiceCollectionExtensions.ProviderKey, Database.Settings.Provider.ToString());
        builder.UseSetting(DatabaseServiceCollectionExtensions.ConnectionStringKey, Database.Settings.ConnectionString);
        // Tests post hundreds of documents a second from one address; the limiter's own test sets a small limit.
        builder.UseSetting($"{ApiRateLimitOptions.Section}:PermitLimit", "1000000");
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
