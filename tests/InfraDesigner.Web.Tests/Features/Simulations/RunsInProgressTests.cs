using InfraDesigner.Simulation.Progress;
using InfraDesigner.Web.Features.Simulations;
using Microsoft.Extensions.Time.Testing;

namespace InfraDesigner.Web.Tests.Features.Simulations;

public sealed class RunsInProgressTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 6, 20, 0, 0, TimeSpan.Zero));
    private readonly Guid _topology = Guid.NewGuid();

    private static SimulationProgress Step(int done) => new("failover", "restart", done, 10, $"restarted {done} of 10");

    [Fact]
    public void Watchers_of_the_topology_see_a_run_start_move_on_at_most_every_interval_and_end()
    {
        var runs = new RunsInProgress(_time);
        var seen = new List<SharedRun>();
        using var watching = runs.Watch(_topology, seen.Add);
        using var elsewhere = runs.Watch(Guid.NewGuid(), _ => throw new InvalidOperationException("another topology's watcher was told"));

        var announced = runs.Start(_topology, Guid.NewGuid(), "HA failover of host1", "ann@tests.invalid");
        announced.Report(Step(1));
        _time.Advance(RunsInProgress.Interval);
        announced.Report(Step(2));
        announced.Report(Step(3));
        runs.On(_topology).ShouldHaveSingleItem().Latest.ShouldBe(Step(3));
        _time.Advance(TimeSpan.FromSeconds(1));
        announced.Dispose();

        seen.Select(r => (r.Latest?.Done, r.EndedAt is not null)).ShouldBe([(null, false), (2, false), (3, true)]);
        seen.ShouldAllBe(r => r.Id == announced.RunId && r.Title == "HA failover of host1" && r.By == "ann@tests.invalid");
        seen[^1].EndedAt.ShouldBe(_time.GetUtcNow());
        runs.On(_topology).ShouldBeEmpty();
    }

    [Fact]
    public void A_cancelled_run_ends_as_cancelled_and_ending_twice_tells_once()
    {
        var runs = new RunsInProgress(_time);
        var seen = new List<SharedRun>();
        using var watching = runs.Watch(_topology, seen.Add);

        var announced = runs.Start(_topology, Guid.NewGuid(), "placement on c1", "ann@tests.invalid");
        announced.Cancelled();
        announced.Dispose();
        announced.Dispose();

        seen.Count.ShouldBe(2);
        seen[^1].Cancelled.ShouldBeTrue();
    }
}
