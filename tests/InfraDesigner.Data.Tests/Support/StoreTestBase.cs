using InfraDesigner.Data.Store;
using InfraDesigner.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Data.Tests.Support;

/// <summary>A <see cref="TopologyStore"/> on a migrated database of its own, of the provider the test class runs on.</summary>
public abstract class StoreTestBase : IDisposable
{
    protected StoreTestBase(DatabaseProvider provider)
    {
        Database = TestDatabase.Create(provider);
        using (Database.CreateMigrated()) { }
        Store = new TopologyStore(new TempDatabaseFactory(Database), TimeProvider.System);
    }

    protected TestDatabase Database { get; }
    protected TopologyStore Store { get; }

    /// <summary>Every stored row of every table, in key order, for "nothing changed" assertions.</summary>
    protected string DatabaseContent()
    {
        using var db = Database.CreateContext();
        var topologies = db.Topologies.AsNoTracking().OrderBy(t => t.Id).AsEnumerable()
            .Select(t => $"topology {t.Id} {t.Name} {t.Description} {t.CreatedAt:O} {t.UpdatedAt:O} v{t.Version}");
        var items = db.TopologyItems.AsNoTracking().OrderBy(i => i.TopologyId).ThenBy(i => i.Collection).ThenBy(i => i.Key).AsEnumerable()
            .Select(i => $"item {i.TopologyId} {i.Collection}[{i.Key}] #{i.Ordinal} v{i.Version} {i.Json}");
        var revisions = db.Revisions.AsNoTracking().OrderBy(r => r.Id).AsEnumerable()
            .Select(r => $"revision {r.Id} {r.TopologyId} {r.Number} {r.Name} {r.CreatedAt:O} {r.Document}");
        return string.Join('\n', topologies.Concat(items).Concat(revisions));
    }

    public void Dispose()
    {
        Database.Dispose();
        GC.SuppressFinalize(this);
    }
}
