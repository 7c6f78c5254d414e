namespace InfraDesigner.Simulation.Reachability.Tracing;

/// <summary>One way the flow went, hop by hop, and for accepted TCP the way the reply came back.</summary>
public sealed record FlowPath(Disposition Disposition, IReadOnlyList<Hop> Hops, FlowPath? Return = null)
{
    public IReadOnlyList<string> Devices => Hops.Select(h => h.Device).ToArray();

    public IEnumerable<RuleReference> Filters => Hops.SelectMany(h => h.Steps).OfType<FilterStep>().Select(f => f.Rule);
}
