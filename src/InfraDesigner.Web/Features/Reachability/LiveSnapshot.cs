using InfraDesigner.Domain.Topologies;
using InfraDesigner.Simulation.Reachability;
using InfraDesigner.Simulation.Reachability.Compilation;

namespace InfraDesigner.Web.Features.Reachability;

/// <summary>
/// The compiled snapshot of the circuit's open topology as it is after each edit, compiled once for every watch that
/// checks it (intents, the live diff); after a rules-only edit only those firewalls are compiled again.
/// </summary>
public sealed class LiveSnapshot
{
    private readonly Lock _gate = new();
    private (Topology Topology, NetworkSnapshot Snapshot)? _last;

    public NetworkSnapshot Of(Topology topology)
    {
        lock (_gate)
        {
            var snapshot = _last is var (before, compiled) ? TopologyCompiler.Recompile(before, compiled, topology) : TopologySnapshots.Compile(topology);
            _last = (topology, snapshot);
            return snapshot;
        }
    }
}
