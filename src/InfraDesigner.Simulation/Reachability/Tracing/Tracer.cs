using InfraDesigner.Simulation.Reachability.Compiled;
using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Tracing;

/// <summary>
/// Walks a packet hop by hop: arrive (un-NAT a reply, deliver if local), route (longest prefix, every ECMP branch),
/// filter (firewall policy or connection state), NAT, resolve the neighbour in the broadcast domain, cross the switches.
/// A <paramref name="skeleton"/> tracer lets every firewall pass but records where it would have judged: routing does
/// not depend on the port, so one skeleton answers the flow for every port (see <see cref="PortVerdict"/>).
/// </summary>
internal sealed partial class Tracer(NetworkSnapshot snapshot, bool skeleton = false)
{
    private const int MaxHops = 64;
    private readonly ForwardingModel _f = snapshot.Forwarding;
    private readonly Device[] _devices = snapshot.DeviceArray;

    public IReadOnlyList<TracedPath> Trace(ResolvedFlow flow)
    {
        var ends = new List<WalkEnd>();
        Arrive(Walk.ForRequest(flow.Packet, flow.Share), flow.SourceDevice, -1, flow.Packet, [], ends);
        return ends.Select(end => WithReturn(end, flow.Packet)).ToArray();
    }

    private TracedPath WithReturn(WalkEnd end, Packet original)
    {
        var request = new FlowPath(end.Disposition, end.Walk.Hops);
        var delivered = end.Disposition == Disposition.Accepted || (skeleton && end.Disposition == Disposition.NoListener);
        if (!delivered || original.Protocol != Protocol.Tcp)
            return new TracedPath(request, end.Walk.Crossings, end.Device, end.Walk.PortDependent);
        var replies = new List<WalkEnd>();
        var reply = Walk.ForReply(end.Walk);
        Arrive(reply, end.Device, -1, end.Packet.Reversed(), [], replies);
        var chosen = replies.FirstOrDefault(r => r.Disposition != Disposition.Accepted) ?? replies[0];
        var back = new FlowPath(chosen.Disposition, chosen.Walk.Hops);
        var disposition = chosen.Disposition == Disposition.Accepted ? end.Disposition : Disposition.ReturnBlocked;
        return new TracedPath(request with { Disposition = disposition, Return = back }, [.. end.Walk.Crossings, .. replies.SelectMany(r => r.Walk.Crossings)], end.Device, end.Walk.PortDependent);
    }

    private void Arrive(Walk walk, int device, int ingress, Packet packet, List<Step> steps, List<WalkEnd> ends)
    {
        if (ingress >= 0)
            steps.Add(new EnterInterfaceStep(_f.Interfaces[ingress].Model.Name, VlanOf(ingress)));
        if (walk.Hops.Count >= MaxHops || !walk.Visited.Add((device, packet.Source, packet.Destination)))
        {
            End(walk, Disposition.Loop, device, steps, packet, ends);
            return;
        }
        var translated = walk.IsReply && UndoNat(walk, device, ref packet, steps);
        if (_f.LocalInterface(device, packet.Destination) >= 0)
            Deliver(walk, device, ingress, packet, steps, ends);
        else if (ingress >= 0 && !_devices[device].Forwards && !translated)
            End(walk, Disposition.NotForwarded, device, steps, packet, ends);
        else
            Route(walk, device, ingress, packet, steps, ends, sourceNatTo: false, natBefore: null);
    }

    /// <summary>Rewrites a reply back at the device that translated the request; that device then sends it on itself.</summary>
    private static bool UndoNat(Walk walk, int device, ref Packet packet, List<Step> steps)
    {
        foreach (var nat in walk.Request!.Nats)
        {
            if (nat.Device == device && nat.After.Reversed() == packet)
            {
                var restored = nat.Before.Reversed();
                steps.Add(new NatStep(NatKind.Reverse, packet.ToString(), restored.ToString()));
                packet = restored;
                return true;
            }
        }
        return false;
    }

    private void End(Walk walk, Disposition disposition, int device, List<Step> steps, Packet packet, List<WalkEnd> ends)
    {
        AddHop(walk, device, steps);
        ends.Add(new WalkEnd(walk, disposition, device, packet));
    }

    private void AddHop(Walk walk, int device, List<Step> steps) =>
        walk.Hops.Add(new Hop(_devices[device].Name, _devices[device].Kind, steps.ToArray()));

    private int? VlanOf(int interfaceId) => _f.Interfaces[interfaceId].Model.VlanTag ?? _f.L2.AttachmentOf(interfaceId)?.Vlan;

    private string Label(uint address, int port)
    {
        var name = _f.AddressOwners.TryGetValue(address, out var owners) ? _devices[_f.Interfaces[owners[0]].Device].Name : Ipv4.Format(address);
        return $"{name}:{port}";
    }
}
