using InfraDesigner.Simulation.Reachability.Model;
using InfraDesigner.Simulation.Reachability.Tracing;

namespace InfraDesigner.Simulation.Reachability.Matrix;

/// <summary>
/// Dispositions of (source, destination, port), tracing each pair once as a skeleton and replaying it per port.
/// The reference the faster <see cref="ClassJudge"/> is tested against.
/// </summary>
internal sealed class PairJudge(NetworkSnapshot snapshot, Protocol protocol) : IFlowJudge
{
    private readonly Tracer _skeletons = new(snapshot, skeleton: true);
    private readonly Tracer _full = new(snapshot);
    private readonly Dictionary<(int, int), IReadOnlyList<TracedPath>> _cache = [];

    public Disposition Judge(int source, int destination, int port)
    {
        if (!_cache.TryGetValue((source, destination), out var paths))
        {
            paths = _skeletons.Trace(FlowResolver.ForDevices(snapshot, source, destination, protocol, 0));
            _cache[(source, destination)] = paths;
        }
        if (paths.Any(p => p.PortDependent))
            return TraceAnalyzer.Combine(_full.Trace(FlowResolver.ForDevices(snapshot, source, destination, protocol, port)).Select(t => t.Path.Disposition));
        return TraceAnalyzer.Combine(paths.Select(p => PortVerdict.For(snapshot, p, protocol, port)));
    }

    public Flow Flow(int source, int destination, int port) => FlowResolver.ForDevices(snapshot, source, destination, protocol, port).Flow;

    public IReadOnlyList<int>? FirewallsOn(int source, int destination) => null;
}
