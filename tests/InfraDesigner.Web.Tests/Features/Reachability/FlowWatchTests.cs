using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Samples;
using InfraDesigner.Simulation.Reachability.Compilation;
using InfraDesigner.Simulation.Reachability.Fixes;
using InfraDesigner.Simulation.Reachability.Matrix;
using InfraDesigner.Simulation.Reachability.Tracing;
using InfraDesigner.Web.Components.Segmentation;
using InfraDesigner.Web.Features.Editing;
using InfraDesigner.Web.Features.Reachability;
using InfraDesigner.Web.Tests.Features.Editing;
using InfraDesigner.Web.Tests.Support;

namespace InfraDesigner.Web.Tests.Features.Reachability;

/// <summary>The live diff on worked question 1 (zones-firewall): opening app-a → sap on 3300/tcp, then undoing it.</summary>
public sealed class FlowWatchTests : EditingTestBase
{
    [Fact]
    public async Task Opening_3300_from_zone_a_to_sap_is_announced_as_opened_and_undoing_it_as_closed()
    {
        var id = await CreateAsync(SampleTopologies.Get("zones-firewall").Topology);
        var session = await OpenAsync(id);
        var toasts = TestToasts.Create();
        var watch = new FlowWatch(session, new LiveSnapshot(), toasts, TimeProvider.System);
        await watch.EnsureCheckedAsync();

        var fixes = WhyNotAnalyzer.Analyze(TopologyCompiler.Compile(session.Topology!), new TraceQuestion("app-a", "sap", Protocol.Tcp, 3300)).Fixes;
        await CheckedAfter(watch, () => session.ApplyAsync(t => fixes.Select(FixEdits.Of).Aggregate(t, (current, edit) => edit!(current))));

        var opened = watch.Changes.ShouldHaveSingleItem();
        (opened.Port, opened.Opened).ShouldBe((3300, true));
        opened.Before.ShouldBe(CellVerdict.Denied);
        (opened.ExampleSource, opened.ExampleDestination).ShouldBe(("app-a", "sap"));
        toasts.ShownSnackbars.Single().Message.ShouldBe($"This edit {opened.Text}.");

        await CheckedAfter(watch, session.UndoAsync);

        watch.Changes.Count.ShouldBe(2);
        var closed = watch.Changes[0];
        (closed.From, closed.To, closed.Port, closed.Opened, closed.After).ShouldBe((opened.From, opened.To, 3300, false, CellVerdict.Denied));
        closed.Text.ShouldStartWith($"closed {opened.From} → {opened.To} on 3300/tcp (");
    }

    [Fact]
    public void A_cell_new_after_the_edit_counts_as_none_reachable_before()
    {
        var before = new MatrixAnswer(["A", "B"], [443], []);
        var after = new MatrixAnswer(["A", "B"], [443], [new MatrixCell("A", "B", 443, CellVerdict.Allowed, 2, 2, null, null)]);

        var change = ZoneFlowChange.Between(before, after, "tcp", DateTimeOffset.UnixEpoch).ShouldHaveSingleItem();

        (change.Before, change.AcceptedBefore, change.AcceptedAfter, change.Opened).ShouldBe((CellVerdict.NoFlows, 0, 2, true));
        change.Text.ShouldBe("opened A → B on 443/tcp (0 → 2 of 2 flows reachable)");
    }

    private static async Task CheckedAfter(FlowWatch watch, Func<Task<EditOutcome>> edit)
    {
        var checkedAgain = new TaskCompletionSource();
        void OnChanged() => checkedAgain.TrySetResult();
        watch.Changed += OnChanged;
        (await edit()).Applied.ShouldBeTrue();
        await checkedAgain.Task.WaitAsync(TimeSpan.FromSeconds(10));
        watch.Changed -= OnChanged;
    }
}
