using InfraDesigner.Domain.Compute;
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
}
