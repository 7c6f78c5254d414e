using InfraDesigner.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InfraDesigner.Web.Tests.Support;

/// <summary>Components rendered with the app's real services on a migrated temporary SQLite file.</summary>
public abstract class AppComponentTestBase : ComponentTestBase, IDisposable
{
    private readonly TempDatabaseFolder _database = new();

    protected AppComponentTestBase()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new($"ConnectionStrings:{WebServiceCollectionExtensions.ConnectionStringName}", _database.ConnectionString)])
            .Build();
        Services.AddInfraDesignerApplication(configuration).ActAsAdmin();
    }

    protected T Service<T>() where T : notnull => Provider.GetRequiredService<T>();

    protected async Task MigrateAsync()
    {
        await using var db = await Service<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        DatabaseSetup.Migrate(db);
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing) _database.Dispose();
    }
}
