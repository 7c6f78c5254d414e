using InfraDesigner.Simulation.Capacity;
using InfraDesigner.Simulation.Failover;
using InfraDesigner.Simulation.LoadBalancing;
using InfraDesigner.Web.Components.Simulation;
using InfraDesigner.Web.Features.Simulations;

namespace InfraDesigner.Web.Tests.Components.Simulation;

public sealed class SimulationRunTests : SimulationTestBase
{
    private readonly RunsInProgress _runs = new(TimeProvider.System);

    private RunsInProgress.Announcement Announce(Guid id) => _runs.Start(id, Guid.NewGuid(), "a test run", "tester@tests.invalid");

    [Fact]
    public async Task The_others_on_the_topology_see_the_run_while_it_lasts_with_its_last_progress()
    {
        var id = await StoreSample("web-lb");
        var run = new SimulationRun();
        var seen = new List<SharedRun>();
        using var watching = _runs.Watch(id, seen.Add);
        SharedRun? duringTheRun = null;

        await run.RunAsync<LoadBalancerAnswer>(Sender, new RunLoadBalancer(id, "lb", [], DurationSeconds: 600), Announce(id),
            () => { duringTheRun ??= run.Log.Count > 0 ? _runs.On(id).Single() : null; return Task.CompletedTask; }, CancellationToken.None);

        duringTheRun!.Latest.ShouldBe(run.Log[0]);
        seen[0].EndedAt.ShouldBeNull();
        (seen[^1].EndedAt is not null, seen[^1].Latest, seen[^1].Cancelled).ShouldBe((true, run.Log[^1], false));
        _runs.On(id).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_run_shows_each_progress_event_as_it_arrives_then_the_answer()
    {
        var id = await StoreSample("web-lb");
        var run = new SimulationRun();
        var renders = new List<(bool Running, int Log, bool Answered)>();

        await run.RunAsync<LoadBalancerAnswer>(Sender, new RunLoadBalancer(id, "lb", ["web2"], DurationSeconds: 600), Announce(id),
            () => { renders.Add((run.Running, run.Log.Count, run.Answer is not null)); return Task.CompletedTask; }, CancellationToken.None);

        run.Log.Count.ShouldBeGreaterThan(2);
        renders[0].ShouldBe((true, 0, false));
        renders.Skip(1).SkipLast(1).Select(r => r.Log).ShouldBe(Enumerable.Range(1, run.Log.Count));
        renders[^1].ShouldBe((false, run.Log.Count, true));
        run.AnswerAs<LoadBalancerAnswer>()!.Outages.ShouldHaveSingleItem().SharesWhileOut["web2"].ShouldBe(0);
    }

    [Fact]
    public async Task A_refused_question_keeps_its_field_errors_for_the_form()
    {
        var id = await StoreSample("cluster-capacity");
        var run = new SimulationRun();

        await run.RunAsync<CapacityAnswer>(Sender, new RunCapacity(id, "cluster9"), Announce(id), () => Task.CompletedTask, CancellationToken.None);

        run.Answer.ShouldBeNull();
        run.Running.ShouldBeFalse();
        run.ErrorOf("cluster")!.ShouldContain("no cluster named 'cluster9'");
    }

    [Fact]
    public async Task Errors_on_list_items_show_on_the_list_field()
    {
        var id = await StoreSample("cluster-capacity");
        var run = new SimulationRun();

        await run.RunAsync<FailoverAnswer>(Sender, new RunFailover(id, "cluster1", ["host7"]), Announce(id), () => Task.CompletedTask, CancellationToken.None);

        run.ErrorOf("failedHosts")!.ShouldContain("host7");
    }
}
