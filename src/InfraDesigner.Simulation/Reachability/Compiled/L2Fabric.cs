using System.Collections.Concurrent;
using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Compiled;

/// <summary>
/// The layer-2 graph. Nodes are every interface that is not a switch port, plus one segment per (switch, VLAN);
/// links become edges according to access/trunk/native VLAN rules. Connected components are broadcast domains.
/// </summary>
internal sealed class L2Fabric
{
    private readonly List<L2Edge>[] _adjacency;
    private readonly int[] _domain;
    private readonly (int Switch, int Vlan)[] _segments;
    private readonly ConcurrentDictionary<(int, int), L2Edge[]?> _paths = new();

    public L2Fabric(IReadOnlyList<CompiledInterface> interfaces, IReadOnlyList<Device> devices, IEnumerable<(int A, int B)> links)
    {
        var interfaceCount = interfaces.Count;
        var segmentIds = new Dictionary<(int, int), int>();
        var segments = new List<(int, int)>();
        var edges = new List<(int From, L2Edge Edge)>();

        int Segment(int switchDevice, int vlan)
        {
            if (!segmentIds.TryGetValue((switchDevice, vlan), out var id))
            {
                id = interfaceCount + segments.Count;
                segmentIds[(switchDevice, vlan)] = id;
                segments.Add((switchDevice, vlan));
            }
            return id;
        }

        void Connect(int nodeA, int portA, int nodeB, int portB, int vlan)
        {
            edges.Add((nodeA, new L2Edge(nodeB, portA, portB, vlan)));
            edges.Add((nodeB, new L2Edge(nodeA, portB, portA, vlan)));
        }

        bool IsSwitchPort(CompiledInterface i) => devices[i.Device].Kind == DeviceKind.Switch;

        foreach (var (a, b) in links)
        {
            var ia = interfaces[a];
            var ib = interfaces[b];
            switch (IsSwitchPort(ia), IsSwitchPort(ib))
            {
                case (true, true):
                    foreach (var (va, vb) in SwitchToSwitch(PortOf(ia), PortOf(ib)))
                        Connect(Segment(ia.Device, va), a, Segment(ib.Device, vb), b, va);
                    break;
                case (true, false):
                    if (VlanForHost(PortOf(ia), ib.Model.VlanTag) is { } v1)
                        Connect(Segment(ia.Device, v1), a, b, b, v1);
                    break;
                case (false, true):
                    if (VlanForHost(PortOf(ib), ia.Model.VlanTag) is { } v2)
                        Connect(a, a, Segment(ib.Device, v2), b, v2);
                    break;
                default:
                    Connect(a, a, b, b, 0);
                    break;
            }
        }

        _segments = segments.ToArray();
        var nodeCount = interfaceCount + segments.Count;
        _adjacency = new List<L2Edge>[nodeCount];
        for (var n = 0; n < nodeCount; n++)
            _adjacency[n] = [];
        var components = new UnionFind(nodeCount);
        foreach (var (from, edge) in edges)
        {
            _adjacency[from].Add(edge);
            components.Union(from, edge.To);
        }
        _domain = new int[interfaceCount];
        for (var i = 0; i < interfaceCount; i++)
            _domain[i] = components.Find(i);
    }

    public int DomainOf(int interfaceId) => _domain[interfaceId];

    /// <summary>The switch and VLAN an L3 interface is plugged into, if any.</summary>
    public (int Switch, int Vlan)? AttachmentOf(int interfaceId)
    {
        foreach (var edge in _adjacency[interfaceId])
            if (edge.To >= _domain.Length)
                return _segments[edge.To - _domain.Length];
        return null;
    }

    /// <summary>The shortest chain of L2 edges from one L3 interface to another, or null when they share no broadcast domain.</summary>
    public L2Edge[]? Path(int from, int to) =>
        _domain[from] != _domain[to] ? null : _paths.GetOrAdd((from, to), key => Search(key.Item1, key.Item2));

    public (int Switch, int Vlan) SegmentOf(int node) => _segments[node - _domain.Length];

    public bool IsSegment(int node) => node >= _domain.Length;

    private L2Edge[]? Search(int from, int to)
    {
        var cameBy = new Dictionary<int, (int Previous, L2Edge Edge)> { [from] = (-1, default) };
        var queue = new Queue<int>();
        queue.Enqueue(from);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            if (node == to)
                break;
            // Frames only cross switches; an L3 interface other than the start does not bridge.
            if (node != from && !IsSegment(node))
                continue;
            foreach (var edge in _adjacency[node])
            {
                if (cameBy.TryAdd(edge.To, (node, edge)))
                    queue.Enqueue(edge.To);
            }
        }
        if (!cameBy.ContainsKey(to))
            return null;
        var path = new List<L2Edge>();
        for (var node = to; node != from; node = cameBy[node].Previous)
            path.Add(cameBy[node].Edge);
        path.Reverse();
        return path.ToArray();
    }

    private static SwitchPort PortOf(CompiledInterface i) => i.Model.Port ?? new AccessPort(1);

    private static int? VlanForHost(SwitchPort port, int? tag) => (port, tag) switch
    {
        (AccessPort access, null) => access.Vlan,
        (TrunkPort trunk, null) => trunk.NativeVlan,
        (TrunkPort trunk, int t) when trunk.AllowedVlans.Contains(t) => t,
        _ => null,
    };

    private static IEnumerable<(int, int)> SwitchToSwitch(SwitchPort a, SwitchPort b) => (a, b) switch
    {
        (AccessPort x, AccessPort y) => [(x.Vlan, y.Vlan)],
        (AccessPort x, TrunkPort y) => y.NativeVlan is { } n ? [(x.Vlan, n)] : [],
        (TrunkPort x, AccessPort y) => x.NativeVlan is { } n ? [(n, y.Vlan)] : [],
        (TrunkPort x, TrunkPort y) => x.AllowedVlans.Intersect(y.AllowedVlans)
            .Where(v => v != x.NativeVlan && v != y.NativeVlan)
            .Select(v => (v, v))
            .Concat(x.NativeVlan is { } nx && y.NativeVlan is { } ny ? [(nx, ny)] : []),
        _ => [],
    };
}
