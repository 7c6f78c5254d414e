using System.Text.Json.Nodes;
using InfraDesigner.Data.Documents;
using InfraDesigner.Data.Entities;
using InfraDesigner.Data.Store;
using InfraDesigner.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Data.Tests.Store;

/// <summary>Every change the store makes leaves its lines in the change log, in its own transaction, with the item before and after.</summary>
public abstract class AuditTrailTests(DatabaseProvider provider) : StoreTestBase(provider)
{
    private static readonly ItemKey AppA = new("elements", "app-a");
    private static readonly ChangeAuthor Ann = new("user-ann", "ann@tests.invalid");

    private async Task<List<AuditEntryRecord>> LogAsync(Guid id)
    {
        await using var db = new TempDatabaseFactory(Database).CreateDbContext();
        return await db.AuditLog.AsNoTracking().Where(e => e.TopologyId == id).OrderBy(e => e.Id).ToListAsync();
    }

    private async Task<string> ItemAsync(Guid id, ItemKey key)
    {
        var (_, _, items) = DocumentLayout.Split((await Store.LoadAsync(id))!.DocumentJson);
        return items.Single(i => i.Key == key).Json;
    }

    [SkippableFact]
    public async Task An_edit_logs_who_changed_which_item_from_what_to_what_at_which_version()
    {
        var id = await Store.CreateAsync(Samples.Document("zones-firewall"), ownerId: null, Ann);
        var before = await ItemAsync(id, AppA);
        var after = JsonNode.Parse(before)!.AsObject();
        after["description"] = "moved to rack 3";

        var result = await Store.ApplyAsync(id, [ItemChange.Update(AppA, after.ToJsonString(), 1), ItemChange.Add(new("zones", "DMZ"), """{"name":"DMZ"}""")], Ann);

        var log = await LogAsync(id);
        log.Select(e => e.Action).ShouldBe([AuditAction.Created, AuditAction.ItemChanged, AuditAction.ItemAdded]);
        log.ShouldAllBe(e => e.UserId == Ann.UserId && e.UserName == Ann.UserName && e.TopologyName == "zones-firewall");
        var changed = log[1];
        (changed.Item, changed.Before, changed.After, changed.TopologyVersion).ShouldBe(("elements[app-a]", before, after.ToJsonString(), result.TopologyVersion));
        (log[2].Item, log[2].Before, log[2].After).ShouldBe(("zones[DMZ]", null, """{"name":"DMZ"}"""));
    }

    [SkippableFact]
    public async Task A_refused_edit_logs_nothing_not_even_its_changes_that_went_through_before_the_conflict()
    {
        var id = await Store.CreateAsync(Samples.Document("zones-firewall"), ownerId: null);
        var logged = (await LogAsync(id)).Count;

        await Should.ThrowAsync<EditConflictException>(() => Store.ApplyAsync(id,
            [ItemChange.Add(new("zones", "DMZ"), """{"name":"DMZ"}"""), ItemChange.Update(AppA, """{"id":"app-a"}""", expectedVersion: 7)], Ann));

        (await LogAsync(id)).Count.ShouldBe(logged);
    }

    [SkippableFact]
    public async Task A_removed_item_keeps_its_last_json_in_the_log()
    {
        var id = await Store.CreateAsync(Samples.Document("zones-firewall"), ownerId: null);
        var json = await ItemAsync(id, AppA);

        await Store.ApplyAsync(id, [ItemChange.Remove(AppA, 1)], Ann);

        var removed = (await LogAsync(id)).Last();
        (removed.Action, removed.Item, removed.Before, removed.After).ShouldBe((AuditAction.ItemRemoved, "elements[app-a]", json, null));
    }

    [SkippableFact]
    public async Task A_restore_logs_the_version_it_restored_and_each_item_it_changed_back()
    {
        var id = await Store.CreateAsync(Samples.Document("zones-firewall"), ownerId: null);
        await Store.SaveRevisionAsync(id, "the firewall way", Ann);
        await Store.ReplaceAsync(id, Samples.Document("zones-eai"), Ann);
        var replaced = (await LogAsync(id)).Count;

        await Store.RestoreRevisionAsync(id, 1, Ann);

        var log = await LogAsync(id);
        log.Select(e => e.Action).ShouldContain(AuditAction.RevisionSaved);
        log.Select(e => e.Action).ShouldContain(AuditAction.Replaced);
        var restore = log.Skip(replaced).ToList();
        (restore[0].Action, restore[0].Item).ShouldBe((AuditAction.RevisionRestored, "version 1"));
        restore.Skip(1).ShouldNotBeEmpty();
        restore.Skip(1).ShouldAllBe(e => e.Action == AuditAction.ItemAdded || e.Action == AuditAction.ItemChanged || e.Action == AuditAction.ItemRemoved);
        restore.Select(e => e.Item).ShouldContain("elements[eai]");
    }

    [SkippableFact]
    public async Task A_deleted_topology_leaves_its_log_and_its_last_document_behind()
    {
        var id = await Store.CreateAsync(Samples.Document("zones-firewall"), ownerId: null);
        var original = (await Store.LoadAsync(id))!;
        await Store.RenameAsync(id, "Zones", "A and B", Ann);
        var document = (await Store.LoadAsync(id))!.DocumentJson;

        (await Store.DeleteAsync(id, Ann)).ShouldBeTrue();

        (await Store.LoadAsync(id)).ShouldBeNull();
        var log = await LogAsync(id);
        log.Select(e => e.Action).ShouldBe([AuditAction.Created, AuditAction.Renamed, AuditAction.Deleted]);
        (log[1].Before, log[1].After).ShouldBe(($"{original.Name}: {original.Description}", "Zones: A and B"));
        (log[2].TopologyName, log[2].Before).ShouldBe(("Zones", document));
        (await Store.DeleteAsync(id, Ann)).ShouldBeFalse();
    }
}

public sealed class AuditTrailOnSqliteTests() : AuditTrailTests(DatabaseProvider.Sqlite);

public sealed class AuditTrailOnPostgreSqlTests() : AuditTrailTests(DatabaseProvider.PostgreSql);
