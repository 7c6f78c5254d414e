using InfraDesigner.Domain.Documents;
using InfraDesigner.Domain.Samples;
using InfraDesigner.Web.Features.Editing;
using InfraDesigner.Web.Features.Topologies;
using InfraDesigner.Web.Tests.Features.Editing;

namespace InfraDesigner.Web.Tests.Features.Topologies;

/// <summary>Use cases that change a whole topology tell every editor open on it, which reloads in place.</summary>
public sealed class WholeTopologyBroadcastTests : EditingTestBase
{
    private static async Task<string> HeardAsync(TaskCompletionSource<string> heard) =>
        await heard.Task.WaitAsync(TimeSpan.FromSeconds(5));

    private static TaskCompletionSource<string> Listen(EditingSession session)
    {
        var heard = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        session.ReplacedElsewhere += what => heard.TrySetResult(what);
        return heard;
    }

    [Fact]
    public async Task Restoring_a_version_tells_the_other_editors_which_version_and_they_reload_it()
    {
        var id = await CreateAsync(SampleTopologies.Get("zones-firewall").Topology);
        (await SendAsync(new SaveRevision(id, "before change"))).ShouldNotBeNull();
        var restorer = await OpenAsync(id);
        var other = await OpenAsync(id);
        await restorer.ApplyAsync(t => TopologyEdits.Delete(t, ["app-a"]));
        await other.ReloadItemsAsync([TopologyItems.KeyOf(SampleTopologies.Get("zones-firewall").Topology.FindElement("app-a")!)]);
        other.Topology!.FindElement("app-a").ShouldBeNull();
        var otherHeard = Listen(other);
        var restorerHeard = Listen(restorer);

        (await SendAsync(new RestoreRevision(id, 1, restorer.SessionId))).ShouldBeTrue();

        (await HeardAsync(otherHeard)).ShouldBe("Version 1 \"before change\" was restored by another user.");
        restorerHeard.Task.IsCompleted.ShouldBeFalse("the editor that restored reloads itself");
        (await other.ReloadAsync()).ShouldBeTrue();
        other.Topology!.FindElement("app-a").ShouldNotBeNull();
    }

    [Fact]
    public async Task Replacing_the_document_tells_the_editors_and_they_see_the_changed_element()
    {
        var sample = SampleTopologies.Get("zones-firewall").Topology;
        var id = await CreateAsync(sample);
        var editor = await OpenAsync(id);
        var heard = Listen(editor);
        var changed = TopologyEdits.Move(sample, [("app-a", 640, 480)]);

        (await SendAsync(new ReplaceTopology(id, TopologyDocumentSerializer.Export(changed)))).ShouldBeTrue();

        (await HeardAsync(heard)).ShouldBe("The topology was replaced by another user.");
        TopologyUpdate? update = null;
        editor.Updated += u => update = u;
        await editor.ReloadAsync();
        editor.Topology!.FindElement("app-a")!.Canvas.X.ShouldBe(640);
        update!.Patches.Select(p => p.Key.Key).ShouldBe(["app-a"], "only the changed element is redrawn");
    }

    [Fact]
    public async Task Renaming_tells_the_editors_the_new_name()
    {
        var id = await CreateAsync(SampleTopologies.Get("zones-firewall").Topology);
        var editor = await OpenAsync(id);
        var heard = Listen(editor);

        (await SendAsync(new RenameTopology(id, "  lab  ", null))).ShouldBeTrue();

        (await HeardAsync(heard)).ShouldBe("The topology was renamed to \"lab\" by another user.");
        await editor.ReloadAsync();
        editor.Topology!.Name.ShouldBe("lab");
    }

    [Fact]
    public async Task Editors_of_other_topologies_and_writes_that_fail_tell_nobody()
    {
        var id = await CreateAsync(SampleTopologies.Get("zones-firewall").Topology);
        var elsewhere = await CreateAsync(SampleTopologies.Get("zones-firewall").Topology);
        var editor = await OpenAsync(elsewhere);
        var heard = Listen(editor);

        (await SendAsync(new RestoreRevision(id, 7))).ShouldBeFalse();
        (await SendAsync(new RenameTopology(id, "renamed", null))).ShouldBeTrue();
        (await SendAsync(new RestoreRevision(elsewhere, 7))).ShouldBeFalse();

        heard.Task.IsCompleted.ShouldBeFalse();
    }
}
