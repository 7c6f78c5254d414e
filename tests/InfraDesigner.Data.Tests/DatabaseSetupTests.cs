using InfraDesigner.Data.Entities;
using InfraDesigner.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Data.Tests;

public abstract class DatabaseSetupTests(DatabaseProvider provider) : IDisposable
{
    protected TestDatabase Database { get; } = TestDatabase.Create(provider);

    [SkippableFact]
    public void Migrate_twice_applies_each_migration_once()
    {
        using (Database.CreateMigrated()) { }
        using var db = Database.CreateMigrated();

        db.Database.GetAppliedMigrations().ShouldBe(db.Database.GetMigrations());
        db.Database.GetMigrations().ShouldNotBeEmpty();
        db.Database.GetPendingMigrations().ShouldBeEmpty();
    }

    [SkippableFact]
    public async Task A_saved_topology_reads_back_with_its_instants_in_utc()
    {
        var created = new DateTimeOffset(2026, 11, 22, 10, 30, 0, TimeSpan.FromHours(9));
        var id = Guid.CreateVersion7();
        await using (var db = Database.CreateMigrated())
        {
            db.Topologies.Add(new TopologyRecord { Id = id, Name = "Plant", Description = "d", CreatedAt = created, UpdatedAt = created });
            await db.SaveChangesAsync();
        }

        await using var reader = Database.CreateContext();
        var stored = await reader.Topologies.SingleAsync(t => t.Id == id);

        stored.Name.ShouldBe("Plant");
        stored.CreatedAt.ShouldBe(created);
        stored.CreatedAt.Offset.ShouldBe(TimeSpan.Zero);
    }

    public void Dispose()
    {
        Database.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class DatabaseSetupOnSqliteTests() : DatabaseSetupTests(DatabaseProvider.Sqlite)
{
    private SqliteTestDatabase File => (SqliteTestDatabase)Database;

    [Fact]
    public void Migrate_creates_the_data_folder_and_the_database_file()
    {
        Directory.Exists(Path.GetDirectoryName(File.FilePath)).ShouldBeFalse();

        using var db = Database.CreateMigrated();

        System.IO.File.Exists(File.FilePath).ShouldBeTrue();
    }

    [Fact]
    public void Migrate_switches_the_database_to_write_ahead_logging()
    {
        using var db = Database.CreateMigrated();

        db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").AsEnumerable().Single().ShouldBe("wal");
    }

    [Fact]
    public void Every_connection_is_durable_and_checks_foreign_keys_also_when_the_pool_hands_it_out_again()
    {
        using (Database.CreateMigrated()) { }

        for (var open = 0; open < 3; open++)
        {
            if (open == 2) Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            using var db = Database.CreateContext();
            Pragma(db, "PRAGMA synchronous").ShouldBe(2, "FULL");
            Pragma(db, "PRAGMA foreign_keys").ShouldBe(1);
            Pragma(db, "PRAGMA busy_timeout").ShouldBe(5000);
        }
    }

    private static long Pragma(AppDbContext db, string pragma) => db.Database.SqlQueryRaw<long>(pragma).AsEnumerable().Single();
}

public sealed class DatabaseSetupOnPostgreSqlTests() : DatabaseSetupTests(DatabaseProvider.PostgreSql)
{
    [SkippableFact]
    public void Migrate_uses_the_postgresql_migrations_not_the_sqlite_ones()
    {
        using var db = Database.CreateMigrated();

        db.Database.GetMigrations().ShouldNotBeEmpty();
        db.Database.GetMigrations().ShouldAllBe(m => !m.StartsWith("20261202151307", StringComparison.Ordinal), "the SQLite migration must not run on PostgreSQL");
        db.Database.SqlQueryRaw<string>("SELECT data_type AS \"Value\" FROM information_schema.columns WHERE table_name = 'Topologies' AND column_name = 'Id'")
            .AsEnumerable().Single().ShouldBe("uuid");
    }
}
