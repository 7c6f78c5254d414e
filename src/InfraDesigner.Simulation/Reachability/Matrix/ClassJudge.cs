using InfraDesigner.Simulation.Reachability.Compiled;
using InfraDesigner.Simulation.Reachability.Model;
using InfraDesigner.Simulation.Reachability.Tracing;

namespace InfraDesigner.Simulation.Reachability.Matrix;

/// <summary>
/// Judges flows the way <see cref="PairJudge"/> does, with two savings that make the zone matrix of a large data centre
/// cheap. Forwarding is traced once per pair of <see cref="ForwardingClasses"/> instead of once per device pair: L2/L3
/// forwarding does not depend on the port, and within a class only the addresses differ, so the class pair's skeleton
/// paths (every firewall passing, see <see cref="PortVerdict"/>) are replayed with the concrete addresses substituted.
/// Firewall crossings are then decided by <see cref="RuleBits"/> (a few AND-ed words) instead of a scan of the
/// rule list. Skeletons come from the lean <see cref="SkeletonWalker"/> where it applies (no source NAT in the network),
/// else from the skeleton tracer. Paths that end at a load balancer or share still get a full trace per port, exactly as before.
/// </summary>
internal sealed class ClassJudge(NetworkSnapshot snapshot, Protocol protocol) : IFlowJudge
{
    private readonly Tracer _skeletons = new(snapshot, skeleton: true);
    private readonly SkeletonWalker _walker = new(snapshot);
    private readonly Tracer _full = new(snapshot);
    private readonly ForwardingClasses _classes = new(snapshot);
    private readonly PolicyIndex _policies = new(snapshot);
    private readonly Dictionary<(int, int), PathTemplate> _templates = [];

    public Disposition Judge(int source, int destination, int port)
    {
        var template = Template(source, destination);
        if (template.PortDependent)
            return TraceAnalyzer.Combine(_full.Trace(FlowResolver.ForDevices(snapshot, source, destination, protocol, port)).Select(t => t.Path.Disposition));
        var renaming = new Renaming(template, source, destination, SourceAddress(template, source), snapshot.Forwarding.DeviceAddresses[destination][0], _classes.IsShared(source));
        // TraceAnalyzer.Combine without allocating: the common disposition, or MultipathInconsistent when only some accept.
        var first = Verdict(template, 0, renaming, port);
        var agree = true;
        var anyAccepted = first == Disposition.Accepted;
        for (var p = 1; p < template.Paths.Length; p++)
        {
            var next = Verdict(template, p, renaming, port);
            agree &= next == first;
            anyAccepted |= next == Disposition.Accepted;
        }
        return agree ? first : anyAccepted ? Disposition.MultipathInconsistent : first;
    }

    public Flow Flow(int source, int destination, int port) => FlowResolver.ForDevices(snapshot, source, destination, protocol, port).Flow;

    public IReadOnlyList<int>? FirewallsOn(int source, int destination) => Template(source, destination).Firewalls;

    private PathTemplate Template(int source, int destination)
    {
        var key = (_classes.Of(source), _classes.Of(destination));
        if (!_templates.TryGetValue(key, out var template))
        {
            var packet = FlowResolver.PacketForDevices(snapshot, source, destination, protocol, 0);
            var paths = _walker.Applies
                ? _walker.Walk(source, packet)
                : _skeletons.Trace(FlowResolver.ForDevices(snapshot, source, destination, protocol, 0)).Select(SkeletonPath.Of).ToArray();
            var filters = paths.Select(p => p.Crossings.Select(c => _policies.For(c)).ToArray()).ToArray();
            template = new PathTemplate(source, destination, packet.Source, packet.Destination, paths, filters);
            _templates[key] = template;
        }
        return template;
    }

    // A shared device has one address; a device of its own class is the template's source, whose address was chosen then.
    private uint SourceAddress(PathTemplate template, int source) =>
        _classes.IsShared(source) ? snapshot.Forwarding.DeviceAddresses[source][0] : template.SourceAddress;

    /// <summary><see cref="PortVerdict.For"/> on a renamed skeleton path.</summary>
    private Disposition Verdict(PathTemplate template, int path, in Renaming renaming, int port)
    {
        var skeleton = template.Paths[path];
        var filters = template.Filters[path];
        if (FirstDenial(skeleton, filters, renaming, port, reply: false) is { } toSelf)
            return toSelf ? Disposition.DeniedIn : Disposition.DeniedOut;
        var reached = skeleton.Disposition;
        if (reached is not (Disposition.Accepted or Disposition.NoListener or Disposition.ReturnBlocked))
            return reached;
        if (protocol != Protocol.Icmp && !Listens(snapshot.DeviceArray[renaming.Device(skeleton.EndDevice)], port))
            return Disposition.NoListener;
        return reached == Disposition.ReturnBlocked || FirstDenial(skeleton, filters, renaming, port, reply: true) is not null
            ? Disposition.ReturnBlocked
            : Disposition.Accepted;
    }

    /// <summary>Whether the first denying crossing (if any) was addressed to the firewall itself.</summary>
    private static bool? FirstDenial(SkeletonPath skeleton, RuleBits[] filters, in Renaming renaming, int port, bool reply)
    {
        for (var c = 0; c < filters.Length; c++)
        {
            var crossing = skeleton.Crossings[c];
            if (crossing.Reply != reply)
                continue;
            var bits = filters[c];
            var sources = renaming.Side(bits, source: true, crossing.Packet.Source);
            var destinations = renaming.Side(bits, source: false, crossing.Packet.Destination);
            // A reply's own destination port is the request's source port; the request's is the port asked about.
            if (bits.Evaluate(sources, destinations, crossing.Packet.Protocol, reply ? crossing.Packet.Port : port) == RuleAction.Deny)
                return crossing.ToSelf;
        }
        return null;
    }

    private bool Listens(Device device, int port)
    {
        foreach (var listener in device.Listeners)
        {
            if (listener.Port == port && (listener.Protocol == Protocol.Any || listener.Protocol == protocol))
                return true;
        }
        return false;
    }

    /// <summary>
    /// The template pair's devices and addresses mapped to the concrete pair's. The destination's address is always its
    /// first; the source's is fixed only for a shared device (see <see cref="PathTemplate"/>), so only then may rule
    /// sides be looked up by device.
    /// </summary>
    private readonly record struct Renaming(PathTemplate Template, int Source, int Destination, uint SourceAddress, uint DestinationAddress, bool SourceShared)
    {
        public int Device(int device) =>
            device == Template.Destination ? Destination : device == Template.Source ? Source : device;

        public ulong[] Side(RuleBits bits, bool source, uint templateAddress) =>
            templateAddress == Template.SourceAddress ? bits.Side(source, SourceShared ? Source : -1, SourceAddress)
            : templateAddress == Template.DestinationAddress ? bits.Side(source, Destination, DestinationAddress)
            : bits.Side(source, -1, templateAddress);
    }
}
