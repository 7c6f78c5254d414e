using InfraDesigner.Simulation.Reachability;

namespace InfraDesigner.Web.Features.Reachability;

/// <summary>
/// The last few compiled snapshots, keyed by topology id and a tag that changes with every edit (the stored version,
/// or a revision number), so repeated questions about one state of a topology compile it once.
/// </summary>
public sealed class CompiledTopologyCache(int capacity = 32)
{
    private readonly Dictionary<(Guid, string), NetworkSnapshot> _snapshots = [];
    private readonly LinkedList<(Guid, string)> _recency = new();
    private readonly Lock _gate = new();

    /// <summary>One cache for the app: keys name immutable states, so sharing it is safe.</summary>
    public static CompiledTopologyCache Shared { get; } = new();

    public int Count
    {
        get
        {
            lock (_gate) return _snapshots.Count;
        }
    }

    public NetworkSnapshot GetOrCompile(Guid topology, string state, Func<NetworkSnapshot> compile)
    {
        var key = (topology, state);
        lock (_gate)
        {
            if (_snapshots.TryGetValue(key, out var cached))
            {
                _recency.Remove(key);
                _recency.AddFirst(key);
                return cached;
            }
        }
        var compiled = compile();
        lock (_gate)
        {
            if (_snapshots.TryAdd(key, compiled))
            {
                _recency.AddFirst(key);
                if (_recency.Count > capacity)
                {
                    _snapshots.Remove(_recency.Last!.Value);
                    _recency.RemoveLast();
                }
            }
            return _snapshots[key];
        }
    }
}
