using InfraDesigner.Simulation.Progress;

namespace InfraDesigner.Simulation.Placement;

/// <summary>One heuristic's placement of <c>toPlace</c> on a copy of the starting state, with its log.</summary>
internal sealed record HeuristicRun(PlacementStrategy Strategy, PlacementState State, PlacementLog Log)
{
    public static HeuristicRun Of(
        PlacementState start, int[] toPlace, PlacementStrategy strategy, PlacementQuestion question,
        ProgressSink progress, CancellationToken cancellationToken)
    {
        var state = start.Clone();
        var log = new PlacementLog(state.Cluster.VmCount);
        var order = PlacementEngine.OrderVms(state.Cluster, toPlace, question.Order);
        var hostOrder = PlacementEngine.HostOrder(state.Cluster.HostCount, question.Seed);
        PlacementEngine.Place(state, order, strategy, hostOrder, progress, cancellationToken, log: log);
        return new HeuristicRun(strategy, state, log);
    }
}
