using InfraDesigner.Simulation.Failover;
using InfraDesigner.Simulation.Placement;
using InfraDesigner.Simulation.Progress;
using InfraDesigner.Simulation.Tests.Placement;

namespace InfraDesigner.Simulation.Tests.Progress;

public class SimulationStreamTests
{
    private static readonly (ClusterState State, IReadOnlyList<VmSpec> Vms) Big = (
        new ClusterState([.. Enumerable.Range(0, 50).Select(i => Clusters.Host($"h{i}"))], []),
        [.. Enumerable.Range(0, 9000).Select(i => Clusters.Vm($"v{i}", 1 + i % 4, 1 + i % 8, diskGb: 1))]);

    [Fact]
    public async Task Streaming_placement_reports_progress_and_ends_with_the_same_answer_as_the_plain_call()
    {
        var question = new PlacementQuestion(Big.Vms, PlacementStrategy.WorstFit);
        var events = new List<SimulationEvent>();

        await foreach (var e in PlacementAnalyzer.AnalyzeStreaming(Big.State, question))
        {
            events.Add(e);
        }

        events.OfType<SimulationProgress>().Count().ShouldBeGreaterThan(2);
        events.OfType<SimulationProgress>().Last().Fraction.ShouldBe(1);
        var completed = events[^1].ShouldBeOfType<SimulationCompleted<PlacementAnswer>>();
        completed.Answer.Assignments.ShouldBe(PlacementAnalyzer.Analyze(Big.State, question).Assignments);
    }

    [Fact]
    public async Task A_cancelled_stream_stops_with_an_operation_cancelled_exception()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in FailoverAnalyzer.SweepStreaming(Clusters.ClusterCapacity(), new FailoverSweepQuestion(), cancellation.Token))
            {
            }
        });
    }

    [Fact]
    public async Task A_consumer_that_stops_early_stops_the_engine_before_the_stream_ends()
    {
        var engineStopped = false;
        var stream = SimulationStream.Run("endless", (sink, ct) =>
        {
            for (var step = 0; !ct.IsCancellationRequested; step++)
            {
                sink.Report("running", step, 0, "still running");
                Thread.Sleep(1);
            }
            engineStopped = true;
            return 0;
        });

        await foreach (var _ in stream)
        {
            break;
        }

        engineStopped.ShouldBeTrue();
    }
}
