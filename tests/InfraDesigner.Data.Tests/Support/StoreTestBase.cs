using InfraDesigner.Data.Store;
using InfraDesigner.Testing.Databases;

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

    public void Dispose()
    {
        Database.Dispose();
        GC.SuppressFinalize(this);
    }
}
