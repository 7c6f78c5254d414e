using InfraDesigner.Data;
using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Testing.Databases;

/// <summary>
/// A database of its own for one test (a temporary SQLite file, or a fresh database on the test
/// PostgreSQL server), removed when disposed, so tests run in parallel without seeing each other.
/// </summary>
public abstract class TestDatabase : IDisposable
{
    public abstract DatabaseSettings Settings { get; }

    /// <summary>A new empty database of the provider; a PostgreSQL one skips the test where no server is reachable (fails under CI).</summary>
    public static TestDatabase Create(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteTestDatabase(),
        DatabaseProvider.PostgreSql => new PostgreSqlTestDatabase(),
    };

    public AppDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseSetup.Configure(options, Settings);
        return new AppDbContext(options.Options);
    }

    public AppDbContext CreateMigrated()
    {
        var db = CreateContext();
        DatabaseSetup.Migrate(db);
        return db;
    }

    /// <summary>Every stored row of every table, in key order, for "nothing changed" assertions.</summary>
    public string Content()
    {
        using var db = CreateContext();
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
        Remove();
        GC.SuppressFinalize(this);
    }

    protected abstract void Remove();
}
