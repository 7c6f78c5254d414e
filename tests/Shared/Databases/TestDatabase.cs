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

    public void Dispose()
    {
        Remove();
        GC.SuppressFinalize(this);
    }

    protected abstract void Remove();
}
