using System.Numerics;
using InfraDesigner.Simulation.Reachability.Compiled;
using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Matrix;

/// <summary>
/// One firewall's ordered rules between two zones, as bit sets: for a source address, the lines whose source side
/// matches it; likewise for destinations and for (protocol, port). A packet's first matching line is the lowest bit of
/// the three sets AND-ed, so after the first look at an address a decision costs a few word operations instead of a
/// scan of the rule list. Sets are built on first use and kept.
/// </summary>
internal sealed class RuleBits(CompiledRule[] rules, int inZone, int outZone, RuleAction defaultAction)
{
    private readonly int _words = (rules.Length + 63) / 64;
    private readonly Dictionary<uint, ulong[]> _sources = [];
    private readonly Dictionary<uint, ulong[]> _destinations = [];
    private readonly Dictionary<(Protocol, int), ulong[]> _services = [];

    /// <summary>The action of the first line matching <paramref name="packet"/>, as <see cref="CompiledPolicy.Evaluate"/> decides it.</summary>
    public RuleAction Evaluate(in Packet packet)
    {
        var sources = Sources(packet.Source);
        var destinations = Destinations(packet.Destination);
        var services = Services(packet.Protocol, packet.Port);
        for (var w = 0; w < _words; w++)
        {
            var matching = sources[w] & destinations[w] & services[w];
            if (matching != 0)
                return rules[w * 64 + BitOperations.TrailingZeroCount(matching)].Rule.Action;
        }
        return defaultAction;
    }

    private ulong[] Sources(uint address) => Lookup(_sources, address, r => r.Source.Matches(inZone, address));

    private ulong[] Destinations(uint address) => Lookup(_destinations, address, r => r.Destination.Matches(outZone, address));

    private ulong[] Services(Protocol protocol, int port) => Lookup(_services, (protocol, port), r => r.MatchesService(protocol, port));

    private ulong[] Lookup<TKey>(Dictionary<TKey, ulong[]> known, TKey key, Func<CompiledRule, bool> matches) where TKey : notnull
    {
        if (known.TryGetValue(key, out var bits))
            return bits;
        bits = new ulong[_words];
        for (var i = 0; i < rules.Length; i++)
        {
            if (matches(rules[i]))
                bits[i / 64] |= 1UL << (i % 64);
        }
        known[key] = bits;
        return bits;
    }
}
