using InfraDesigner.Data.Store;
using InfraDesigner.Data.Tests.Support;
using InfraDesigner.Testing.Databases;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Data.Tests.Migrations;

/// <summary>
/// A database made by the 2026-11 release (hand-written migrations; <c>release-2026-11.sql</c> is its
/// `sqlite3 .dump`, holding the zones-firewall sample renamed and one saved version) opens on the
/// migrations `dotnet ef` generates, with nothing lost.
/// </summary>
public sealed class UpgradeFromReleaseTests : IDisposable
{
    private static readonly Guid StoredId = Guid.Parse("01a2374e-afeb-7998-b87e-15f21601c3d6");
    private readonly SqliteTestDatabase _database = new();

    public UpgradeFromReleaseTests()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_database.FilePath)!);
        using var connection = new SqliteConnection(_database.Settings.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Migrations", "release-2026-11.sql"));
        command.ExecuteNonQuery();
    }

    [Fact]
    public void No_migration_is_pending_after_the_upgrade_and_the_model_matches_the_schema()
    {
        using var db = _database.CreateMigrated();

        db.Database.GetPendingMigrations().ShouldBeEmpty();
        db.Database.HasPendingModelChanges().ShouldBeFalse();
    }

    [Fact]
    public async Task The_release_topology_and_its_saved_version_open_after_the_upgrade()
    {
        using (_database.CreateMigrated()) { }
        var store = new TopologyStore(new TempDatabaseFactory(_database), TimeProvider.System);

        var stored = (await store.LoadAsync(StoredId)).ShouldNotBeNull();
        stored.Name.ShouldBe("Made by the 2026-11 release");
        stored.ReadTopology().Elements.Select(e => e.Name).ShouldContain("sap");
        (await store.ListRevisionsAsync(StoredId)).ShouldHaveSingleItem().Name.ShouldBe("before the upgrade");
        (await store.GetRevisionDocumentAsync(StoredId, 1)).ShouldNotBeNull();
    }

    [Fact]
    public async Task An_edit_after_the_upgrade_is_stored()
    {
        using (_database.CreateMigrated()) { }
        var store = new TopologyStore(new TempDatabaseFactory(_database), TimeProvider.System);

        (await store.RenameAsync(StoredId, "Upgraded", "")).ShouldNotBeNull();

        (await store.LoadAsync(StoredId)).ShouldNotBeNull().Name.ShouldBe("Upgraded");
    }

    public void Dispose() => _database.Dispose();
}
