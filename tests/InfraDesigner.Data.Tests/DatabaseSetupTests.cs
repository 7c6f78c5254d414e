using InfraDesigner.Data.Entities;
using InfraDesigner.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Data.Tests;

public sealed class DatabaseSetupTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public void Migrate_creates_the_data_folder_and_the_database_file()
    {
        Directory.Exists(Path.GetDirectoryName(_database.FilePath)).ShouldBeFalse();

        using var db = _database.CreateMigrated();

        File.Exists(_database.FilePath).ShouldBeTrue();
    }

    [Fact]
    public void Migrate_switches_the_database_to_write_ahead_logging()
    {
        using var db = _database.CreateMigrated();

        db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").AsEnumerable().Single().ShouldBe("wal");
    }

    [Fact]
    public void Migrate_twice_applies_each_migration_once()
    {
        using (_database.CreateMigrated()) { }
        using var db = _database.CreateMigrated();

        db.Database.GetAppliedMigrations().ShouldBe(db.Database.GetMigrations());
        db.Database.GetPendingMigrations().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_saved_topology_reads_back_with_its_instants_in_utc()
    {
        var created = new DateTimeOffset(2026, 11, 22, 10, 30, 0, TimeSpan.FromHours(9));
        var id = Guid.CreateVersion7();
        await using (var db = _database.CreateMigrated())
        {
            db.Topologies.Add(new TopologyRecord { Id = id, Name = "Plant", Description = "d", CreatedAt = created, UpdatedAt = created });
            await db.SaveChangesAsync();
        }

        await using var reader = _database.CreateContext();
        var stored = await reader.Topologies.SingleAsync(t => t.Id == id);

        stored.Name.ShouldBe("Plant");
        stored.CreatedAt.ShouldBe(created);
        stored.CreatedAt.Offset.ShouldBe(TimeSpan.Zero);
    }

    public void Dispose() => _database.Dispose();
}
