using System.Text.Json.Nodes;
using InfraDesigner.Data.Documents;
using InfraDesigner.Data.Store;
using InfraDesigner.Data.Tests.Support;
using InfraDesigner.Domain.Documents;
using InfraDesigner.Domain.Samples;

namespace InfraDesigner.Data.Tests.Store;

public abstract class TopologyStoreTests(DatabaseProvider provider) : StoreTestBase(provider)
{
    private static readonly ItemKey AppA = new("elements", "app-a");

    private static string Renamed(string json, string description)
    {
        var node = JsonNode.Parse(json)!;
        node["description"] = description;
        return node.ToJsonString();
    }

    [SkippableFact]
    public async Task A_created_topology_loads_back_as_the_same_topology_with_every_item_at_version_one()
    {
        var id = await Store.CreateAsync(Samples.Document("zones-firewall"), ownerId: null);

        var stored = (await Store.LoadAsync(id))!;

        stored.Name.ShouldBe("zones-firewall");
        TopologyDocumentSerializer.Import(stored.DocumentJson).Topology.ShouldBe(SampleTopologies.Get("zones-firewall").Topology);
        stored.ItemVersions.Values.ShouldAllBe(v => v == 1);
        stored.Version.ShouldBe(1);
    }

    [SkippableFact]
    public async Task Editing_one_element_writes_that_element_and_bumps_only_its_version()
    {
        var id = await Store.CreateAsync(Samples.Document("zones-firewall"), ownerId: null);
        var before = (await Store.LoadAsync(id))!;
        var itemJson = Item(before, AppA);

        var result = await Store.ApplyAsync(id, [ItemChange.Update(AppA, Renamed(itemJson, "the A-zone app server"), 1)]);

        result.ItemVersions[AppA].ShouldBe(2);
        var after = (await Store.LoadAsync(id))!;
        after.Version.ShouldBe(2);
        after.ItemVersions[AppA].ShouldBe(2);
        after.ItemVersions.Where(kv => kv.Key != AppA).ShouldAllBe(kv => kv.Value == 1);
        Item(after, AppA).ShouldContain("the A-zone app server");
    }

    [SkippableFact]
    public async Task Two_editors_changing_the_same_element_get_a_conflict_not_a_silent_overwrite()
    {
        var id = await Store.CreateAsync(Samples.Document("zones-firewall"), ownerId: null);
        var seenByBoth = (await Store.LoadAsync(id))!;
        var json = Item(seenByBoth, AppA);

        await Store.ApplyAsync(id, [ItemChange.Update(AppA, Renamed(json, "first editor"), seenByBoth.ItemVersions[AppA])]);
        var conflict = await Should.ThrowAsync<EditConflictException>(() =>
            Store.ApplyAsync(id, [ItemChange.Update(AppA, Renamed(json, "second editor"), seenByBoth.ItemVersions[AppA])]));

        conflict.Key.ShouldBe(AppA);
        conflict.Message.ShouldBe("elements[app-a] was changed by someone else (now version 2, you edited version 1). Reload it to see their change.");
        Item((await Store.LoadAsync(id))!, AppA).ShouldContain("first editor");
    }

    [SkippableFact]
    public async Task Two_editors_changing_different_elements_both_succeed()
    {
        var id = await Store.CreateAsync(Samples.Document("zones-firewall"), ownerId: null);
        var seen = (await Store.LoadAsync(id))!;
        var sap = new ItemKey("elements", "sap");

        await Store.ApplyAsync(id, [ItemChange.Update(AppA, Renamed(Item(seen, AppA), "one"), 1)]);
        await Store.ApplyAsync(id, [ItemChange.Update(sap, Renamed(Item(seen, sap), "two"), 1)]);

        var after = (await Store.LoadAsync(id))!;
        Item(after, AppA).ShouldContain("one");
        Item(after, sap).ShouldContain("two");
    }

    [SkippableFact]
    public async Task A_batch_with_one_conflict_stores_nothing()
    {
        var id = await Store.CreateAsync(Samples.Document("zones-firewall"), ownerId: null);
        var seen = (await Store.LoadAsync(id))!;
        var before = Database.Content();

        await Should.ThrowAsync<EditConflictException>(() => Store.ApplyAsync(id,
        [
            ItemChange.Update(AppA, Renamed(Item(seen, AppA), "changed"), 1),
            ItemChange.Update(new ItemKey("elements", "sap"), Item(seen, new ItemKey("elements", "sap")), 7),
        ]));

        Database.Content().ShouldBe(before);
    }

    [SkippableFact]
    public async Task Adding_an_item_that_someone_else_added_first_is_a_conflict()
    {
        var id = await Store.CreateAsync(Samples.Document("zones-firewall"), ownerId: null);
        var zone = new ItemKey("zones", "DMZ");

        await Store.ApplyAsync(id, [ItemChange.Add(zone, """{"name":"DMZ"}""")]);
        var conflict = await Should.ThrowAsync<EditConflictException>(() => Store.ApplyAsync(id, [ItemChange.Add(zone, """{"name":"DMZ"}""")]));

        conflict.Message.ShouldBe("zones[DMZ] already exists; someone else may have added it.");
    }

    [SkippableFact]
    public async Task Removing_an_item_deletes_it_and_a_second_removal_reports_it_gone()
    {
        var id = await Store.CreateAsync(Samples.Document("zones-firewall"), ownerId: null);

        await Store.ApplyAsync(id, [ItemChange.Remove(AppA, 1)]);
        var gone = await Should.ThrowAsync<EditConflictException>(() => Store.ApplyAsync(id, [ItemChange.Remove(AppA, 1)]));

        gone.Message.ShouldBe("elements[app-a] was deleted by someone else.");
        (await Store.LoadAsync(id))!.ItemVersions.ContainsKey(AppA).ShouldBeFalse();
    }

    [SkippableFact]
    public async Task Replacing_the_document_rewrites_only_the_items_that_changed()
    {
        var id = await Store.CreateAsync(Samples.Document("zones-firewall"), ownerId: null);
        var eai = Samples.Document("zones-eai");

        await Store.ReplaceAsync(id, eai);

        var stored = (await Store.LoadAsync(id))!;
        TopologyDocumentSerializer.Import(stored.DocumentJson).Topology.ShouldBe(SampleTopologies.Get("zones-eai").Topology);
        stored.ItemVersions.ContainsKey(new ItemKey("elements", "eai")).ShouldBeTrue();
        stored.Name.ShouldBe("zones-eai");
    }

    [SkippableFact]
    public async Task A_saved_revision_stays_as_it_was_and_can_be_restored()
    {
        var id = await Store.CreateAsync(Samples.Document("zones-firewall"), ownerId: null);
        var original = (await Store.LoadAsync(id))!.DocumentJson;

        var revision = (await Store.SaveRevisionAsync(id, "before the EAI"))!;
        await Store.ReplaceAsync(id, Samples.Document("zones-eai"));
        var second = (await Store.SaveRevisionAsync(id, "with the EAI"))!;

        (await Store.ListRevisionsAsync(id)).Select(r => (r.Number, r.Name)).ShouldBe([(2, "with the EAI"), (1, "before the EAI")]);
        (await Store.GetRevisionDocumentAsync(id, revision.Number)).ShouldBe(original);
        await Store.RestoreRevisionAsync(id, revision.Number);
        TopologyDocumentSerializer.Import((await Store.LoadAsync(id))!.DocumentJson).Topology.ShouldBe(SampleTopologies.Get("zones-firewall").Topology);
        (await Store.GetRevisionDocumentAsync(id, second.Number)).ShouldNotBe(original);
    }

    [SkippableFact]
    public async Task Editing_a_missing_topology_is_refused()
    {
        await Should.ThrowAsync<KeyNotFoundException>(() => Store.ApplyAsync(Guid.NewGuid(), [ItemChange.Add(new("zones", "A"), """{"name":"A"}""")]));
    }

    private static string Item(StoredTopology stored, ItemKey key)
    {
        var (_, _, items) = DocumentLayout.Split(stored.DocumentJson);
        return items.Single(i => i.Key == key).Json;
    }
}

public sealed class TopologyStoreOnSqliteTests() : TopologyStoreTests(DatabaseProvider.Sqlite);

public sealed class TopologyStoreOnPostgreSqlTests() : TopologyStoreTests(DatabaseProvider.PostgreSql);
