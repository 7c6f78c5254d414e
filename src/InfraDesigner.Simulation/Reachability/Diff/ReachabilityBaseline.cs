using InfraDesigner.Simulation.Reachability.Model;
using InfraDesigner.Simulation.Reachability.Tracing;

namespace InfraDesigner.Simulation.Reachability.Diff;

/// <summary>
/// The verdicts of a flow set on one snapshot, with every firewall evaluation made on the way. Compared with a
/// snapshot that differs only in firewall policies, only flows that crossed an edited firewall are looked at, and
/// only those whose decision there changes are traced again (an APKeep-style incremental check).
/// </summary>
public sealed class ReachabilityBaseline
{
    private readonly BaselineEntry[] _entries;

    private ReachabilityBaseline(NetworkSnapshot snapshot, BaselineEntry[] entries)
    {
        Snapshot = snapshot;
        _entries = entries;
    }

    public NetworkSnapshot Snapshot { get; }

    public int Count => _entries.Length;

    public static ReachabilityBaseline Build(NetworkSnapshot snapshot, IEnumerable<FlowSpec>? flows = null, CancellationToken cancellationToken = default)
    {
        var tracer = new Tracer(snapshot);
        var entries = new List<BaselineEntry>();
        foreach (var spec in flows ?? ListenerFlows(snapshot))
        {
            cancellationToken.ThrowIfCancellationRequested();
            entries.Add(Entry(snapshot, tracer, spec));
        }
        return new ReachabilityBaseline(snapshot, entries.ToArray());
    }

    /// <summary>Every addressed end device to every listener port of every other device.</summary>
    public static IEnumerable<FlowSpec> ListenerFlows(NetworkSnapshot snapshot)
    {
        var addressed = snapshot.Devices.Where(d => d.Kind != DeviceKind.Switch && d.Interfaces.Any(i => i.Address is not null)).ToArray();
        var services = addressed.SelectMany(d => d.Listeners.Select(l => (d.Name, l.Protocol == Protocol.Any ? Protocol.Tcp : l.Protocol, l.Port))
            .Concat(d.VirtualServices.Select(v => (d.Name, v.Protocol == Protocol.Any ? Protocol.Tcp : v.Protocol, v.Port)))).Distinct().ToArray();
        return addressed.Where(d => !d.Forwards)
            .SelectMany(source => services.Where(s => s.Name != source.Name).Select(s => new FlowSpec(source.Name, s.Name, s.Item2, s.Port)));
    }

    public DiffAnswer Compare(NetworkSnapshot after, CancellationToken cancellationToken = default)
    {
        var edited = Snapshot.PolicyOnlyChanges(after)?.ToHashSet();
        var tracer = new Tracer(after);
        var gained = new List<FlowChange>();
        var lost = new List<FlowChange>();
        var retraced = 0;
        foreach (var entry in _entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (edited is not null && !DecisionChanged(entry, edited, after))
                continue;
            retraced++;
            var now = Entry(after, tracer, entry.Spec);
            if (entry.Reachable != now.Reachable)
                (now.Reachable ? gained : lost).Add(new FlowChange(entry.Spec, entry.Disposition, now.Disposition));
        }
        return new DiffAnswer(gained, lost, _entries.Length, retraced);
    }

    private static bool DecisionChanged(BaselineEntry entry, HashSet<int> edited, NetworkSnapshot after)
    {
        foreach (var crossing in entry.Crossings)
        {
            if (edited.Contains(crossing.Firewall)
                && after.Policies[crossing.Firewall]?.Evaluate(crossing.InZone, crossing.OutZone, crossing.Packet).Action != crossing.Decision.Action)
                return true;
        }
        return false;
    }

    private static BaselineEntry Entry(NetworkSnapshot snapshot, Tracer tracer, FlowSpec spec)
    {
        ResolvedFlow flow;
        try
        {
            flow = FlowResolver.Resolve(snapshot, new TraceQuestion(spec.Source, spec.Destination, spec.Protocol, spec.Port));
        }
        catch (ArgumentException)
        {
            return new BaselineEntry(spec, null, null, []);
        }
        var traced = tracer.Trace(flow);
        var disposition = TraceAnalyzer.Combine(traced.Select(t => t.Path.Disposition));
        return new BaselineEntry(spec, flow, disposition, traced.SelectMany(t => t.Crossings).ToArray());
    }
}
