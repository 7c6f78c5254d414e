namespace InfraDesigner.Simulation.Reachability.Tracing;

/// <summary>Answers a <see cref="TraceQuestion"/>: every path the flow can take, how each ends, and the rule that decided.</summary>
public static class TraceAnalyzer
{
    /// <exception cref="ArgumentException">A name in the question matches nothing, or the port is missing or out of range.</exception>
    public static TraceAnswer Analyze(NetworkSnapshot snapshot, TraceQuestion question) =>
        Analyze(snapshot, question, FlowResolver.Resolve(snapshot, question)).Answer;

    internal static (TraceAnswer Answer, IReadOnlyList<TracedPath> Traced) Analyze(NetworkSnapshot snapshot, TraceQuestion question, ResolvedFlow flow)
    {
        var traced = new Tracer(snapshot).Trace(flow);
        var paths = traced.Select(t => t.Path).ToArray();
        var disposition = Combine(paths.Select(p => p.Disposition));
        var decidedBy = DecidedBy(paths, disposition);
        var notes = AsymmetricReturns(paths);
        var answer = new TraceAnswer(question, flow.Flow, disposition, disposition == Disposition.Accepted, paths, decidedBy, Summarize(flow.Flow, disposition, paths, decidedBy), notes);
        return (answer, traced);
    }

    /// <summary>One disposition for all paths: theirs when they agree, <see cref="Disposition.MultipathInconsistent"/> when only some are accepted.</summary>
    internal static Disposition Combine(IEnumerable<Disposition> dispositions)
    {
        var distinct = dispositions.Distinct().ToArray();
        return distinct.Length == 1 ? distinct[0]
            : distinct.Contains(Disposition.Accepted) ? Disposition.MultipathInconsistent
            : distinct[0];
    }

    private static RuleReference? DecidedBy(IReadOnlyList<FlowPath> paths, Disposition disposition)
    {
        var path = paths.FirstOrDefault(p => p.Disposition != Disposition.Accepted) ?? paths[0];
        var filters = path.Filters.Concat(path.Return?.Filters ?? []).Where(f => !f.ByState).ToArray();
        return disposition == Disposition.Accepted || path.Disposition is Disposition.DeniedIn or Disposition.DeniedOut or Disposition.ReturnBlocked
            ? filters.LastOrDefault(f => disposition == Disposition.Accepted || f.Action == RuleAction.Deny) ?? (disposition == Disposition.Accepted ? filters.LastOrDefault() : null)
            : null;
    }

    private static IReadOnlyList<string> AsymmetricReturns(IReadOnlyList<FlowPath> paths)
    {
        var notes = new List<string>();
        foreach (var path in paths.Where(p => p.Return is not null))
        {
            var there = path.Filters.Select(f => f.Firewall).ToHashSet();
            foreach (var back in path.Return!.Filters.Select(f => f.Firewall).Distinct().Where(f => !there.Contains(f)))
                notes.Add($"asymmetric return: the reply crosses {back}, which did not see the request");
        }
        return notes.Distinct().ToArray();
    }

    private static string Summarize(Flow flow, Disposition disposition, IReadOnlyList<FlowPath> paths, RuleReference? decidedBy)
    {
        var verdict = disposition switch
        {
            Disposition.Accepted => "reachable",
            Disposition.DeniedIn or Disposition.DeniedOut => $"denied at {decidedBy}",
            Disposition.NoRoute => $"no route at {LastDevice(paths)}",
            Disposition.NeighborUnreachable => $"next hop not reachable in the VLAN of {LastDevice(paths)} (L2-isolated)",
            Disposition.NoListener => $"nothing listens on {flow.Destination} port {flow.Port}",
            Disposition.Loop => "routing loop",
            Disposition.RefusedByShareAcl => "the network delivers it, but the share's access list refuses the client",
            Disposition.NoHealthyMember => "no pool member passes its health checks",
            Disposition.NotForwarded => $"{LastDevice(paths)} does not forward packets",
            Disposition.ReturnBlocked => "the request arrives but the reply cannot come back",
            _ => "some paths reach it, others do not",
        };
        var via = disposition == Disposition.Accepted ? $" via {string.Join(" -> ", paths[0].Devices)}" : "";
        return $"{flow}: {verdict}{via}";
    }

    private static string LastDevice(IReadOnlyList<FlowPath> paths) =>
        (paths.FirstOrDefault(p => p.Disposition != Disposition.Accepted) ?? paths[0]).Hops[^1].Device;
}
