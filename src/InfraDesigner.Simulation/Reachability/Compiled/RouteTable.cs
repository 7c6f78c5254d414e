using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Compiled;

/// <summary>Longest prefix match: one hash table per prefix length, probed from the longest length down.</summary>
internal sealed class RouteTable
{
    private readonly int[] _lengths;
    private readonly Dictionary<uint, RouteEntry[]>[] _byLength;

    public RouteTable(IEnumerable<RouteEntry> routes)
    {
        var groups = routes
            .GroupBy(r => r.Length)
            .OrderByDescending(g => g.Key)
            .ToArray();
        _lengths = groups.Select(g => g.Key).ToArray();
        _byLength = groups
            .Select(g => g.GroupBy(r => r.Network).ToDictionary(n => n.Key, n => Distinct(n)))
            .ToArray();
    }

    /// <summary>Every installed prefix, as (network, length).</summary>
    public IEnumerable<(uint Network, int Length)> Prefixes =>
        _lengths.SelectMany((length, i) => _byLength[i].Keys.Select(network => (network, length)));

    /// <summary>The equal-cost routes of the longest matching prefix, or empty when nothing matches.</summary>
    public ReadOnlySpan<RouteEntry> Lookup(uint destination)
    {
        for (var i = 0; i < _lengths.Length; i++)
        {
            var key = destination & Model.Ipv4.MaskOf(_lengths[i]);
            if (_byLength[i].TryGetValue(key, out var entries))
                return entries;
        }
        return ReadOnlySpan<RouteEntry>.Empty;
    }

    // A connected route beats a static one to the same prefix, as administrative distance would decide.
    private static RouteEntry[] Distinct(IEnumerable<RouteEntry> routes)
    {
        var all = routes.Distinct().ToArray();
        var best = all.Min(r => r.Kind == RouteKind.Connected ? 0 : 1);
        return all.Where(r => (r.Kind == RouteKind.Connected ? 0 : 1) == best).ToArray();
    }
}
