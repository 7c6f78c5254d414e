namespace InfraDesigner.Simulation.Reachability.Diff;

/// <summary>Flows gained and lost between two snapshots, over a given flow set or every listener flow of the first.</summary>
public static class DiffAnalyzer
{
    public static DiffAnswer Analyze(NetworkSnapshot before, NetworkSnapshot after, IEnumerable<FlowSpec>? flows = null, CancellationToken cancellationToken = default) =>
        ReachabilityBaseline.Build(before, flows ?? ReachabilityBaseline.ListenerFlows(before).Concat(ReachabilityBaseline.ListenerFlows(after)).Distinct(), cancellationToken)
            .Compare(after, cancellationToken);
}
