using InfraDesigner.Simulation.Placement.Optimal;
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
        if (question.TimeBudget is { } budget && budget <= TimeSpan.Zero)
        {
            throw new ArgumentException("The time budget must be positive.", nameof(question));
        }
        if (question.Objective != PlacementObjective.FewestHosts && question.Strategy != PlacementStrategy.Optimal)
        {
            throw new ArgumentException("The balanced objective is solved by the Optimal strategy only.", nameof(question));
        }
        var start = new PlacementState(new CompiledCluster(state, question.NewVms), keepInitialPlacement: !question.ReplaceExisting);
        var toPlace = Enumerable.Range(0, start.Cluster.VmCount).Where(v => start.HostOf[v] < 0).ToArray();
        if (question.Strategy == PlacementStrategy.Optimal)
        {
            return OptimalPlacer.Place(start, toPlace, question, progress, cancellationToken);
        }
        var run = HeuristicRun.Of(start, toPlace, question.Strategy, question, progress, cancellationToken);
        return Answer(start, run.State, run.Log, toPlace, question, search: null);
    }

    /// <summary>
    /// The answer for <paramref name="placedVms"/>, each explained as the hosts were when it was tried. A VM left out is
    /// proven unplaceable when no host could take it in <paramref name="start"/> (before any other new VM), or when the
    /// solver proved that no placement takes more VMs.
    /// </summary>
    internal static PlacementAnswer Answer(
        PlacementState start, PlacementState placement, PlacementLog log, IReadOnlyList<int> placedVms,
        PlacementQuestion question, OptimalSearch? search)
    {
        var placedCount = placedVms.Count(v => placement.HostOf[v] >= 0);
        var assignments = new List<VmAssignment>(placedCount);
        var unplaced = new List<UnplacedVm>();
        foreach (var v in placedVms)
        {
            var h = placement.HostOf[v];
            if (h >= 0)
            {
                assignments.Add(new VmAssignment(placement.Cluster.Vms[v].Name, placement.Cluster.Hosts[h].Name,
                    AssignmentReason.For(placement, log, v, question.Strategy)));
            }
            else
            {
                unplaced.Add(UnplacedVerdict.Judge(log.FailureOf(v) ?? UnplacedVm.Explain(placement, v), start, v,
                    placedVms.Count, placedCount, question.Strategy, search));
            }
        }
        return new PlacementAnswer(question.Strategy, assignments, unplaced, HostHeadroom.Of(placement), HostsUsed(placement),
            PlacementAssumptions.For(placement.Cluster.State, question), search);
    }

    /// <summary>Hosts that hold at least one VM.</summary>
    internal static int HostsUsed(PlacementState placement)
    {
        var used = new bool[placement.Cluster.HostCount];
        var count = 0;
        foreach (var h in placement.HostOf)
        {
            if (h >= 0 && !used[h])
            {
                used[h] = true;
                count++;
            }
        }
        return count;
    }
}
