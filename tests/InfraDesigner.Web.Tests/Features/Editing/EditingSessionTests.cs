using InfraDesigner.Data.Documents;
using InfraDesigner.Data.Store;
using InfraDesigner.Domain.Compute;
using InfraDesigner.Domain.Documents;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Samples;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Web.Features.Editing;

namespace InfraDesigner.Web.Tests.Features.Editing;

public sealed class EditingSessionTests : EditingTestBase
{
    private static PaletteItem Item(string id) => Palette.Find(id)!;

    [Fact]
    public async Task An_element_added_from_the_palette_is_stored_with_its_default_name()
    {
        var id = await CreateAsync(new Topology { Name = "empty" });
        var session = await OpenAsync(id);

        var outcome = await session.ApplyAsync(t => TopologyEdits.AddElement(t, ElementFactory.Create(Item("vm"), t, 100, 80)));

        outcome.Applied.ShouldBeTrue();
        session.SaveState.ShouldBe(SaveState.Saved);
        var stored = await StoredAsync(id);
        stored.FindElement<VirtualMachine>("vm-01")!.Canvas.X.ShouldBe(100);
    }

    [Fact]
    public async Task An_edit_that_adds_a_validation_error_is_refused_and_not_stored()
    {
        var id = await CreateAsync(new Topology { Name = "t", Elements = [new VirtualMachine { Name = "vm-01", Interfaces = [new NetworkInterface { Name = "eth0" }] }] });
        var session = await OpenAsync(id);

        var outcome = await session.ApplyAsync(t => TopologyEdits.Update<VirtualMachine>(t, "vm-01", vm => vm with
        {
            Interfaces = [new NetworkInterface { Name = "eth0", Switchport = new Switchport { Mode = SwitchportMode.Access } }],
        }));

        outcome.Applied.ShouldBeFalse();
        outcome.MessageFor("interfaces[0].switchport.accessVlan").ShouldNotBeNull();
        session.Topology!.FindElement<VirtualMachine>("vm-01")!.Interfaces[0].Switchport.ShouldBeNull();
        (await StoredAsync(id)).FindElement<VirtualMachine>("vm-01")!.Interfaces[0].Switchport.ShouldBeNull();
    }

    [Fact]
    public async Task Only_the_changed_items_are_written()
    {
        var id = await CreateAsync(SampleTopologies.Get("zones-firewall").Topology);
        var before = await Store.LoadAsync(id);
        var session = await OpenAsync(id);

        await session.ApplyAsync(t => TopologyEdits.Move(t, [("app-a", 500, 420)]));

        var after = await Store.LoadAsync(id);
        var changed = after!.ItemVersions.Where(v => before!.ItemVersions[v.Key] != v.Value).Select(v => v.Key.Key).ToList();
        changed.ShouldBe(["app-a"]);
    }

    [Fact]
    public async Task Undo_and_redo_are_stored_too()
    {
        var id = await CreateAsync(new Topology { Name = "empty" });
        var session = await OpenAsync(id);
        await session.ApplyAsync(t => TopologyEdits.AddElement(t, ElementFactory.Create(Item("switch"), t, 0, 0)));

        (await session.UndoAsync()).Applied.ShouldBeTrue();
        (await StoredAsync(id)).Elements.Count.ShouldBe(0);

        (await session.RedoAsync()).Applied.ShouldBeTrue();
        (await StoredAsync(id)).FindElement("sw-01").ShouldNotBeNull();
        session.CanRedo.ShouldBeFalse();
    }

    [Fact]
    public async Task Another_session_on_the_topology_hears_of_the_change_and_reloads_the_items()
    {
        var id = await CreateAsync(SampleTopologies.Get("zones-firewall").Topology);
        var mine = await OpenAsync(id);
        var theirs = await OpenAsync(id);
        var heard = new TaskCompletionSource<IReadOnlyList<Data.Documents.ItemKey>>();
        theirs.ChangedElsewhere += keys => heard.TrySetResult(keys);
        TopologyUpdate? seen = null;
        theirs.Updated += update => seen = update;

        await mine.ApplyAsync(t => TopologyEdits.Rename(t, "app-a", "app-1"));
        await theirs.ReloadItemsAsync(await heard.Task);

        theirs.Topology!.FindElement("app-1").ShouldNotBeNull();
        theirs.Topology.FindElement("app-a").ShouldBeNull();
        seen!.FromOthers.ShouldBeTrue();
    }

    [Fact]
    public async Task Editing_an_item_someone_else_changed_first_is_a_conflict_that_reloads_their_version()
    {
        var id = await CreateAsync(SampleTopologies.Get("zones-firewall").Topology);
        var mine = await OpenAsync(id);
        var theirs = await OpenAsync(id);

        await theirs.ApplyAsync(t => TopologyEdits.Move(t, [("app-a", 900, 900)]));
        await mine.ApplyAsync(t => TopologyEdits.Move(t, [("app-a", 10, 10)]));

        mine.SaveState.ShouldBe(SaveState.Conflict);
        mine.SaveMessage!.ShouldContain("changed by someone else");
        mine.Topology!.FindElement("app-a")!.Canvas.X.ShouldBe(900);
        (await StoredAsync(id)).FindElement("app-a")!.Canvas.X.ShouldBe(900);
    }

    [Fact]
    public async Task A_conflict_with_a_writer_that_bypasses_this_server_names_the_element_and_keeps_their_value()
    {
        var id = await CreateAsync(SampleTopologies.Get("zones-firewall").Topology);
        var mine = await OpenAsync(id);
        var theirs = TopologyEdits.Move(await StoredAsync(id), [("app-a", 777, 0)]).FindElement("app-a")!;
        var stored = await Store.LoadAsync(id);
        var key = TopologyItems.KeyOf(theirs);
        await Store.ApplyAsync(id, [ItemChange.Update(key, TopologyItemSerializer.Serialize(theirs).Json, stored!.ItemVersions[key])]);

        var outcome = await mine.ApplyAsync(t => TopologyEdits.Move(t, [("app-a", 10, 10)]));

        outcome.Applied.ShouldBeFalse();
        mine.SaveState.ShouldBe(SaveState.Conflict);
        mine.SaveMessage.ShouldBe("app-a was changed by someone else; your change was not saved. You now see their version.");
        mine.Topology!.FindElement("app-a")!.Canvas.X.ShouldBe(777);
        (await StoredAsync(id)).FindElement("app-a")!.Canvas.X.ShouldBe(777);
        mine.CanUndo.ShouldBeFalse("the refused edit is not in the undo history");
    }

    [Fact]
    public async Task After_a_conflict_the_next_edit_of_the_item_is_saved_over_their_version()
    {
        var id = await CreateAsync(SampleTopologies.Get("zones-firewall").Topology);
        var mine = await OpenAsync(id);
        var theirs = await OpenAsync(id);
        await theirs.ApplyAsync(t => TopologyEdits.Move(t, [("app-a", 900, 900)]));
        await mine.ApplyAsync(t => TopologyEdits.Move(t, [("app-a", 10, 10)]));

        await mine.ApplyAsync(t => TopologyEdits.Move(t, [("app-a", 20, 20)]));

        mine.SaveState.ShouldBe(SaveState.Saved);
        mine.SaveMessage.ShouldBeNull();
        (await StoredAsync(id)).FindElement("app-a")!.Canvas.X.ShouldBe(20);
    }

    [Fact]
    public async Task A_conflict_on_an_element_someone_deleted_says_it_is_gone()
    {
        var id = await CreateAsync(SampleTopologies.Get("zones-firewall").Topology);
        var mine = await OpenAsync(id);
        var theirs = await OpenAsync(id);
        await theirs.ApplyAsync(t => TopologyEdits.Delete(t, ["app-a"]));

        await mine.ApplyAsync(t => TopologyEdits.Move(t, [("app-a", 10, 10)]));

        mine.SaveMessage.ShouldBe("app-a was deleted by someone else; your change was not saved.");
        mine.Topology!.FindElement("app-a").ShouldBeNull();
    }

    [Fact]
    public async Task A_rename_at_the_same_time_as_theirs_says_it_was_renamed_and_shows_their_name()
    {
        var id = await CreateAsync(SampleTopologies.Get("zones-firewall").Topology);
        var mine = await OpenAsync(id);
        var theirs = await OpenAsync(id);
        await theirs.ApplyAsync(t => TopologyEdits.Rename(t, "app-a", "app-x"));

        var outcome = await mine.ApplyAsync(t => TopologyEdits.Rename(t, "app-a", "app-y"));

        outcome.Applied.ShouldBeFalse();
        mine.SaveState.ShouldBe(SaveState.Conflict);
        mine.SaveMessage.ShouldBe("app-a was renamed to app-x by someone else; your change was not saved.");
        mine.Topology!.FindElement("app-x").ShouldNotBeNull();
        mine.Topology.FindElement("app-y").ShouldBeNull();
        (await StoredAsync(id)).FindElement("app-y").ShouldBeNull();
    }

    [Fact]
    public async Task Moving_an_element_someone_renamed_says_it_was_renamed()
    {
        var id = await CreateAsync(SampleTopologies.Get("zones-firewall").Topology);
        var mine = await OpenAsync(id);
        var theirs = await OpenAsync(id);
        await theirs.ApplyAsync(t => TopologyEdits.Rename(t, "app-a", "app-x"));

        await mine.ApplyAsync(t => TopologyEdits.Move(t, [("app-a", 10, 10)]));

        mine.SaveMessage.ShouldBe("app-a was renamed to app-x by someone else; your change was not saved.");
    }

    [Fact]
    public async Task Renaming_a_zone_someone_renamed_says_it_was_renamed()
    {
        var id = await CreateAsync(SampleTopologies.Get("zones-firewall").Topology);
        var mine = await OpenAsync(id);
        var theirs = await OpenAsync(id);
        await theirs.ApplyAsync(t => TopologyEdits.RenameZone(t, "A", "business"));

        await mine.ApplyAsync(t => TopologyEdits.RenameZone(t, "A", "office"));

        mine.SaveMessage.ShouldBe("Zone A was renamed to business by someone else; your change was not saved.");
    }

    [Fact]
    public async Task Reloading_takes_the_whole_stored_topology_in_place_and_forgets_the_undo_history()
    {
        var id = await CreateAsync(SampleTopologies.Get("zones-firewall").Topology);
        var session = await OpenAsync(id);
        await session.ApplyAsync(t => TopologyEdits.Move(t, [("app-a", 10, 10)]));
        await Store.ReplaceAsync(id, SampleTopologies.Get("zones-eai").Topology with { Name = "replaced" });
        TopologyUpdate? seen = null;
        session.Updated += update => seen = update;

        (await session.ReloadAsync()).ShouldBeTrue();

        session.Topology.ShouldBe(await StoredAsync(id));
        session.Topology!.Name.ShouldBe("replaced");
        session.CanUndo.ShouldBeFalse();
        seen!.FromOthers.ShouldBeTrue();
        seen.Patches.ShouldNotBeEmpty();
        (await session.ApplyAsync(t => TopologyEdits.Move(t, [(t.Elements[0].Name, 5, 5)]))).Applied.ShouldBeTrue();
        session.SaveState.ShouldBe(SaveState.Saved);
    }

    [Fact]
    public async Task Reloading_a_deleted_topology_answers_false()
    {
        var id = await CreateAsync(new Topology { Name = "soon gone" });
        var session = await OpenAsync(id);
        (await SendAsync(new Web.Features.Topologies.DeleteTopology(id))).ShouldBeTrue();

        (await session.ReloadAsync()).ShouldBeFalse();
    }
}
