using InfraDesigner.Simulation.Reachability.Compiled;
using InfraDesigner.Simulation.Reachability.Model;
using InfraDesigner.Simulation.Reachability.Tracing;

namespace InfraDesigner.Simulation.Reachability.Matrix;

/// <summary>
/// The skeleton <see cref="Tracer"/> without the explanation: the same walk (loops, longest prefix, every ECMP branch in
/// the same order, neighbours, hop count, firewalls recorded as crossings, stateful replies, the return trip), but no
/// hops or steps are built, which makes it many times cheaper. It does not model NAT: <see cref="Applies"/> is false
/// for a network with source NAT, and a walk that reaches a load balancer or share stops as port-dependent exactly as
/// the skeleton tracer does, to be traced in full per port.
/// </summary>
internal sealed class SkeletonWalker(NetworkSnapshot snapshot)
{
    private const int MaxHops = 64;
    private readonly ForwardingModel _f = snapshot.Forwarding;
    private readonly Device[] _devices = snapshot.DeviceArray;

    public bool Applies { get; } = snapshot.DeviceArray.All(d => d.SourceNats.Count == 0);

    public SkeletonPath[] Walk(int source, Packet packet)
    {
        var ends = new List<End>();
        Arrive(new State(null, packet), source, -1, packet, ends);
        return ends.Select(end => WithReturn(end, packet)).ToArray();
    }

    private SkeletonPath WithReturn(End end, Packet original)
    {
        var delivered = end.Disposition is Disposition.Accepted or Disposition.NoListener;
        if (!delivered || original.Protocol != Protocol.Tcp)
            return new SkeletonPath(end.Disposition, end.State.Crossings.ToArray(), end.Device, end.State.PortDependent);
        var replies = new List<End>();
        Arrive(new State(end.State, original.Reversed()), end.Device, -1, end.Packet.Reversed(), replies);
        var chosen = replies.FirstOrDefault(r => r.Disposition != Disposition.Accepted) ?? replies[0];
        var disposition = chosen.Disposition == Disposition.Accepted ? end.Disposition : Disposition.ReturnBlocked;
        return new SkeletonPath(disposition, [.. end.State.Crossings, .. replies.SelectMany(r => r.State.Crossings)], end.Device, end.State.PortDependent);
    }

    private void Arrive(State state, int device, int ingress, Packet packet, List<End> ends)
    {
        if (state.Hops >= MaxHops || !state.Visit((device, packet.Source, packet.Destination)))
            Stop(state, Disposition.Loop, device, packet, ends);
        else if (_f.LocalInterface(device, packet.Destination) >= 0)
            Deliver(state, device, ingress, packet, ends);
        else if (ingress >= 0 && !_devices[device].Forwards)
            Stop(state, Disposition.NotForwarded, device, packet, ends);
        else
            Route(state, device, ingress, packet, ends);
    }

    private void Route(State state, int device, int ingress, Packet packet, List<End> ends)
    {
        var routes = _f.Routes[device].Lookup(packet.Destination).ToArray();
        if (routes.Length == 0)
        {
            Stop(state, Disposition.NoRoute, device, packet, ends);
            return;
        }
        for (var r = 0; r < routes.Length; r++)
            Send(r == routes.Length - 1 ? state : state.Clone(), device, ingress, packet, routes[r], ends);
    }

    private void Send(State state, int device, int ingress, Packet packet, RouteEntry route, List<End> ends)
    {
        var exit = _f.Interfaces[route.OutInterface];
        if (snapshot.Policies[device] is not null && ingress >= 0)
            Filter(state, device, _f.Interfaces[ingress].Zone, exit.Zone, packet);
        var nextHop = route.NextHop == 0 ? packet.Destination : route.NextHop;
        if (!_f.Neighbors.TryGetValue((_f.L2.DomainOf(exit.Id), nextHop), out var neighbor) || neighbor == exit.Id)
        {
            Stop(state, Disposition.NeighborUnreachable, device, packet, ends);
            return;
        }
        // The tracer adds one hop for this device and one per switch crossed.
        state.Hops += _f.L2.Path(exit.Id, neighbor)!.Length;
        Arrive(state, _f.Interfaces[neighbor].Device, neighbor, packet, ends);
    }

    private void Filter(State state, int device, int inZone, int outZone, Packet packet)
    {
        if (state.Request is { } request && request.Firewalls.Contains(device) && snapshot.Policies[device]!.Policy.Stateful)
            return;
        var toSelf = inZone == outZone && _f.LocalInterface(device, packet.Destination) >= 0;
        state.Crossings.Add(new Crossing(device, inZone, outZone, packet, new PolicyDecision(null, RuleAction.Allow), state.Request is not null, toSelf));
        state.Firewalls.Add(device);
    }

    private void Deliver(State state, int device, int ingress, Packet packet, List<End> ends)
    {
        var model = _devices[device];
        if (state.Request is null && snapshot.Policies[device] is not null && ingress >= 0)
        {
            var zone = _f.Interfaces[ingress].Zone;
            Filter(state, device, zone, zone, packet);
        }
        Disposition disposition;
        if (state.Request is not null)
            disposition = packet == state.Original ? Disposition.Accepted : Disposition.NoListener;
        else if (model.VirtualServices.Count > 0 || model.Shares.Count > 0)
        {
            state.PortDependent = true;
            disposition = Disposition.NoListener;
        }
        else
            disposition = packet.Protocol == Protocol.Icmp || model.Listeners.Any(l => l.Port == packet.Port && (l.Protocol == Protocol.Any || l.Protocol == packet.Protocol))
                ? Disposition.Accepted
                : Disposition.NoListener;
        Stop(state, disposition, device, packet, ends);
    }

    private static void Stop(State state, Disposition disposition, int device, Packet packet, List<End> ends)
    {
        state.Hops++;
        ends.Add(new End(state, disposition, device, packet));
    }

    private sealed record End(State State, Disposition Disposition, int Device, Packet Packet);

    /// <summary>A walk in progress (cloned at ECMP forks); a reply walk knows its <see cref="Request"/>.</summary>
    private sealed class State(State? request, Packet original)
    {
        public State? Request { get; } = request;

        public Packet Original { get; } = original;

        public int Hops { get; set; }

        public bool PortDependent { get; set; }

        // Paths are short: lists searched in order beat hash sets here.
        public List<(int, uint, uint)> Visited { get; private init; } = [];

        public List<Crossing> Crossings { get; private init; } = [];

        public List<int> Firewalls { get; private init; } = [];

        /// <summary>False when the packet was already seen at this device (a loop).</summary>
        public bool Visit((int, uint, uint) here)
        {
            if (Visited.Contains(here))
                return false;
            Visited.Add(here);
            return true;
        }

        public State Clone() => new(Request, Original)
        {
            Hops = Hops,
            PortDependent = PortDependent,
            Visited = [.. Visited],
            Crossings = [.. Crossings],
            Firewalls = [.. Firewalls],
        };
    }
}
