using InfraDesigner.Simulation.Reachability.Compiled;
using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Matrix;

/// <summary>
/// One side (source or destination) of an ordered rule list, indexed by what the side names, so the set of lines
/// matching an address is assembled from a few lookups instead of testing every line: lines whose side matches
/// whatever the address (any, or the interface's zone), plus the lines naming each subnet that contains it, plus the
/// lines naming a device that owns it. Agrees with <see cref="CompiledMatch.Matches"/> line by line.
/// </summary>
internal sealed class AddressBits
{
    private readonly int _words;
    private readonly ulong[] _always;
    private readonly uint[] _masks;
    private readonly Dictionary<(uint Mask, uint Network), ulong[]> _subnets = [];
    private readonly Dictionary<uint, ulong[]> _devices = [];

    public AddressBits(IReadOnlyList<CompiledMatch> sides, int interfaceZone)
    {
        _words = (sides.Count + 63) / 64;
        _always = new ulong[_words];
        for (var i = 0; i < sides.Count; i++)
        {
            var side = sides[i];
            switch (side.Source)
            {
                case AnyAddress or ZoneAddress:
                    if (side.Matches(interfaceZone, 0))
                        Set(_always, i);
                    break;
                case SubnetAddress:
                    Set(Row(_subnets, (side.Mask, side.Network)), i);
                    break;
                default:
                    foreach (var address in side.Addresses)
                        Set(Row(_devices, address), i);
                    break;
            }
        }
        _masks = _subnets.Keys.Select(k => k.Mask).Distinct().ToArray();
    }

    public ulong[] Of(uint address)
    {
        var bits = (ulong[])_always.Clone();
        foreach (var mask in _masks)
        {
            if (_subnets.TryGetValue((mask, address & mask), out var subnet))
                Or(bits, subnet);
        }
        if (_devices.TryGetValue(address, out var device))
            Or(bits, device);
        return bits;
    }

    private ulong[] Row<TKey>(Dictionary<TKey, ulong[]> rows, TKey key) where TKey : notnull =>
        rows.TryGetValue(key, out var row) ? row : rows[key] = new ulong[_words];

    private static void Set(ulong[] bits, int i) => bits[i / 64] |= 1UL << (i % 64);

    private static void Or(ulong[] into, ulong[] from)
    {
        for (var w = 0; w < into.Length; w++)
            into[w] |= from[w];
    }
}
