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
internal sealed class RuleBits(CompiledRule[] rules, int inZone, int outZone, RuleAction defaultAction, int deviceCount)
{
    private readonly int _words = (rules.Length + 63) / 64;
    private readonly AddressBits _sourceSides = new(rules.Select(r => r.Source).ToArray(), inZone);
    private readonly AddressBits _destinationSides = new(rules.Select(r => r.Destination).ToArray(), outZone);
    private readonly Dictionary<uint, ulong[]> _sources = [];
    private readonly Dictionary<uint, ulong[]> _destinations = [];
    private readonly Dictionary<(Protocol, int), ulong[]> _services = [];
    private ulong[]?[]? _sourcesByDevice;
    private ulong[]?[]? _destinationsByDevice;
    private ((Protocol, int) Key, ulong[] Bits) _lastService = ((Protocol.Any, -1), []);

    /// <summary>The action of the first line matching <paramref name="packet"/>, as <see cref="CompiledPolicy.Evaluate"/> decides it.</summary>
    public RuleAction Evaluate(in Packet packet) =>
        Evaluate(Sources(packet.Source), Destinations(packet.Destination), packet.Protocol, packet.Port);

    /// <summary>As <see cref="Evaluate(in Packet)"/>, with the address sides already looked up by <see cref="Side"/>.</summary>
    public RuleAction Evaluate(ulong[] sources, ulong[] destinations, Protocol protocol, int port)
    {
        var services = Services(protocol, port);
        for (var w = 0; w < _words; w++)
        {
            var matching = sources[w] & destinations[w] & services[w];
            if (matching != 0)
                return rules[w * 64 + BitOperations.TrailingZeroCount(matching)].Rule.Action;
        }
        return defaultAction;
    }

    /// <summary>
    /// The lines whose source (or destination) side matches <paramref name="address"/>. A caller that knows the address
    /// is always the same for <paramref name="device"/> passes it (else -1), and the answer is then found by index.
    /// </summary>
    public ulong[] Side(bool source, int device, uint address)
    {
        if (device < 0)
            return source ? Sources(address) : Destinations(address);
        var byDevice = source ? _sourcesByDevice ??= new ulong[]?[deviceCount] : _destinationsByDevice ??= new ulong[]?[deviceCount];
        return byDevice[device] ??= source ? Sources(address) : Destinations(address);
    }

    private ulong[] Sources(uint address) =>
        _sources.TryGetValue(address, out var bits) ? bits : _sources[address] = SourceBits(address);

    private ulong[] Destinations(uint address) =>
        _destinations.TryGetValue(address, out var bits) ? bits : _destinations[address] = DestinationBits(address);

    // A matrix cell asks for one port (and the replies' port) many times in a row: remember the last answer.
    private ulong[] Services(Protocol protocol, int port)
    {
        if (_lastService.Key == (protocol, port))
            return _lastService.Bits;
        if (!_services.TryGetValue((protocol, port), out var bits))
            _services[(protocol, port)] = bits = ServiceBits(protocol, port);
        _lastService = ((protocol, port), bits);
        return bits;
    }

    private ulong[] SourceBits(uint address) => _sourceSides.Of(address);

    private ulong[] DestinationBits(uint address) => _destinationSides.Of(address);

    private ulong[] ServiceBits(Protocol protocol, int port)
    {
        var bits = new ulong[_words];
        for (var i = 0; i < rules.Length; i++)
        {
            if (rules[i].MatchesService(protocol, port))
                bits[i / 64] |= 1UL << (i % 64);
        }
        return bits;
    }
}
