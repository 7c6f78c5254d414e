using InfraDesigner.Data.Store;
using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Data.Tests.Support;

/// <summary>A <see cref="TopologyStore"/> on a migrated temporary SQLite file.</summary>
public abstract class StoreTestBase : IDisposable
{
    protected StoreTestBase()
    {
        using (Database.CreateMigrated()) { }
        Store = new TopologyStore(new TempDatabaseFactory(Database), TimeProvider.System);
    }

    protected TempDatabase Database { get; } = new();
    protected TopologyStore Store { get; }

    /// <summary>Every byte of the database, for "nothing changed" assertions (after a checkpoint into the main file).</summary>
    protected byte[] DatabaseBytes()
    {
        using (var db = Database.CreateContext())
            db.Database.ExecuteSqlRaw("PRAGMA wal_checkpoint(TRUNCATE);");
        return File.ReadAllBytes(Database.FilePath);
    }

    public void Dispose()
    {
        Database.Dispose();
        GC.SuppressFinalize(this);
    }
}
