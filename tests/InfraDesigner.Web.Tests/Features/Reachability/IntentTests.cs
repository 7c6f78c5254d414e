using InfraDesigner.Domain;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Samples;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Simulation.Reachability.Compilation;
using InfraDesigner.Simulation.Reachability.Fixes;
using InfraDesigner.Simulation.Reachability.Tracing;
using InfraDesigner.Web.Components.Intents;
using InfraDesigner.Web.Features.Editing;
using InfraDesigner.Web.Features.Reachability;
using InfraDesigner.Web.Tests.Features.Editing;
using InfraDesigner.Web.Tests.Support;

namespace InfraDesigner.Web.Tests.Features.Reachability;

/// <summary>Intents on worked question 1 (zones-firewall): app-a asks sap on 3300/tcp, fw-ab denies by default.</summary>
public sealed class IntentTests : EditingTestBase
{
    private static readonly Intent MustReach = new() { Name = "app-a must reach sap 3300/tcp", From = "app-a", To = "sap", Port = 3300 };
    private static readonly Intent MustNotReach = MustReach with { Name = "app-a must not reach sap 3300/tcp", MustReach = false };

    private static Topology WorkedQuestion1(params Intent[] intents) =>
        SampleTopologies.Get("zones-firewall").Topology with { Intents = intents.ToEquatableArray() };

    [Fact]
    public async Task An_intent_the_default_deny_keeps_holds_and_its_opposite_fails_naming_the_rule()
    {
        var id = await CreateAsync(WorkedQuestion1(MustReach, MustNotReach));

        var results = (await SendAsync(new CheckIntents(id)))!;

        results.Select(r => (r.Name, r.Holds)).ShouldBe([(MustReach.Name, false), (MustNotReach.Name, true)]);
        results.ShouldAllBe(r => r.Reachable == false && r.DecidedBy!.Firewall == "fw-ab" && r.DecidedBy.IsDefault);
    }

    [Fact]
    public async Task Intents_are_stored_with_the_topology_and_follow_a_rename()
    {
        var id = await CreateAsync(WorkedQuestion1(MustReach));
        var session = await OpenAsync(id);

        await session.ApplyAsync(t => TopologyEdits.Rename(t, "sap", "sap-prod"));

        (await StoredAsync(id)).Intents.Single().To.ShouldBe("sap-prod");
    }

    [Fact]
    public async Task An_intent_without_a_port_for_tcp_is_refused_at_its_port_and_nothing_is_stored()
    {
        var id = await CreateAsync(WorkedQuestion1());
        var session = await OpenAsync(id);

        var outcome = await session.ApplyAsync(t => t with { Intents = [MustReach with { Port = null }] });

        outcome.Applied.ShouldBeFalse();
        outcome.Problems.Single().Path.ShouldBe("intents[0].port");
        (await StoredAsync(id)).Intents.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_intent_naming_a_deleted_element_stays_and_fails_saying_why()
    {
        var id = await CreateAsync(WorkedQuestion1(MustNotReach));
        var session = await OpenAsync(id);

        (await session.ApplyAsync(t => TopologyEdits.Delete(t, ["sap"]))).Applied.ShouldBeTrue();

        var result = (await SendAsync(new CheckIntents(id)))!.Single();
        result.Holds.ShouldBeFalse();
        result.Reachable.ShouldBeNull();
        result.Summary.ShouldContain("sap");
    }

    [Fact]
    public async Task The_watch_announces_an_edit_that_makes_a_failing_intent_hold()
    {
        var id = await CreateAsync(WorkedQuestion1(MustReach));
        var session = await OpenAsync(id);
        var toasts = TestToasts.Create();
        var watch = new IntentWatch(session, new LiveSnapshot(), toasts);
        await watch.EnsureCheckedAsync();
        watch.Results.Single().Holds.ShouldBeFalse();
        var checkedAgain = new TaskCompletionSource();
        watch.Changed += () => checkedAgain.TrySetResult();

        var fixes = WhyNotAnalyzer.Analyze(TopologyCompiler.Compile(session.Topology!), new TraceQuestion("app-a", "sap", Protocol.Tcp, 3300)).Fixes;
        await session.ApplyAsync(t => fixes.Select(FixEdits.Of).Aggregate(t, (current, edit) => edit!(current)));
        await checkedAgain.Task.WaitAsync(TimeSpan.FromSeconds(10));

        watch.Results.Single().Holds.ShouldBeTrue();
        toasts.ShownSnackbars.Single().Message.ShouldBe("Intent now holds: app-a must reach sap.");
    }
}
