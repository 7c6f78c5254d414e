using InfraDesigner.Simulation.Progress;

namespace InfraDesigner.Simulation.Placement;

/// <summary>Answers "where do these VMs go?" for a cluster.</summary>
public static class PlacementAnalyzer
{
    public const string Engine = "placement";

    public static PlacementAnswer Analyze(ClusterState state, PlacementQuestion question) =>
        Analyze(state, question, ProgressSink.None, CancellationToken.None);

    public static IAsyncEnumerable<SimulationEvent> AnalyzeStreaming(
        ClusterState state, PlacementQuestion question, CancellationToken cancellationToken = default) =>
        SimulationStream.Run(Engine, (sink, ct) => Analyze(state, question, sink, ct), cancellationToken);

    internal static PlacementAnswer Analyze(
        ClusterState state, PlacementQuestion question, ProgressSink progress, CancellationToken cancellationToken)
    {
        var cluster = new CompiledCluster(state, question.NewVms);
        var placement = new PlacementState(cluster, keepInitialPlacement: !question.ReplaceExisting);
        var toPlace = new List<int>();
        for (var v = 0; v < cluster.VmCount; v++)
        {
            if (placement.HostOf[v] < 0)
            {
                toPlace.Add(v);
            }
        }
        var order = PlacementEngine.OrderVms(cluster, toPlace, question.Order);
        var hostOrder = PlacementEngine.HostOrder(cluster.HostCount, question.Seed);
        var log = new PlacementLog(cluster.VmCount);
        PlacementEngine.Place(placement, order, question.Strategy, hostOrder, progress, cancellationToken, log: log);
        return Answer(placement, log, toPlace, question.Strategy);
    }

    /// <summary>The answer for <paramref name="placedVms"/>, each explained as the hosts were when it was tried.</summary>
    internal static PlacementAnswer Answer(PlacementState placement, PlacementLog log, IReadOnlyList<int> placedVms, PlacementStrategy strategy)
    {
        var assignments = new List<VmAssignment>(placedVms.Count);
        var unplaced = new List<UnplacedVm>();
        foreach (var v in placedVms)
        {
            var h = placement.HostOf[v];
            if (h >= 0)
            {
                assignments.Add(new VmAssignment(placement.Cluster.Vms[v].Name, placement.Cluster.Hosts[h].Name,
                    AssignmentReason.For(placement, log, v, strategy)));
            }
            else
            {
                unplaced.Add(log.FailureOf(v) ?? UnplacedVm.Explain(placement, v));
            }
        }
        return new PlacementAnswer(strategy, assignments, unplaced, HostHeadroom.Of(placement));
    }
}
