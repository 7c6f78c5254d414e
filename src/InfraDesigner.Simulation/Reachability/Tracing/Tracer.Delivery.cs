using InfraDesigner.Simulation.Reachability.Compiled;
using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Tracing;

internal sealed partial class Tracer
{
    private void Deliver(Walk walk, int device, int ingress, Packet packet, List<Step> steps, List<WalkEnd> ends)
    {
        var model = _devices[device];
        var policy = snapshot.Policies[device];
        if (policy is not null && ingress >= 0 && !walk.IsReply)
        {
            // Traffic to the firewall itself is judged as leaving into the zone it came from.
            var zone = _f.Interfaces[ingress].Zone;
            var decision = Filter(walk, device, zone, zone, packet, steps);
            if (decision == RuleAction.Deny)
            {
                End(walk, Disposition.DeniedIn, device, steps, packet, ends);
                return;
            }
        }
        if (walk.IsReply)
        {
            var matches = packet == walk.Original;
            if (matches)
                steps.Add(new DeliveredStep(model.Name, null, packet.Protocol, packet.Port));
            End(walk, matches ? Disposition.Accepted : Disposition.NoListener, device, steps, packet, ends);
            return;
        }
        if (skeleton && (model.VirtualServices.Count > 0 || model.Shares.Count > 0))
        {
            walk.PortDependent = true;
            End(walk, Disposition.NoListener, device, steps, packet, ends);
            return;
        }
        var service = model.VirtualServices.FirstOrDefault(v =>
            Ipv4.ToUInt(v.Address) == packet.Destination && v.Port == packet.Port && ProtocolMatches(v.Protocol, packet.Protocol));
        if (service is not null)
        {
            LoadBalance(walk, device, ingress, service, packet, steps, ends);
            return;
        }
        if (packet.Protocol == Protocol.Icmp)
        {
            steps.Add(new DeliveredStep(model.Name, null, Protocol.Icmp, 0));
            End(walk, Disposition.Accepted, device, steps, packet, ends);
            return;
        }
        var listener = model.Listeners.FirstOrDefault(l => l.Port == packet.Port && ProtocolMatches(l.Protocol, packet.Protocol));
        if (listener is null)
        {
            End(walk, Disposition.NoListener, device, steps, packet, ends);
            return;
        }
        var shares = model.Shares.Where(s => s.Port == packet.Port && (walk.Share is null || s.Name == walk.Share)).ToArray();
        if (shares.Length > 0)
        {
            var client = Ipv4.Format(packet.Source);
            var open = shares.FirstOrDefault(s => s.AllowedClients.Any(n => Ipv4.Contains(n, packet.Source)));
            steps.Add(new ShareAclStep((open ?? shares[0]).Name, client, open is not null));
            if (open is null)
            {
                End(walk, Disposition.RefusedByShareAcl, device, steps, packet, ends);
                return;
            }
        }
        steps.Add(new DeliveredStep(model.Name, listener.Name, packet.Protocol, packet.Port));
        End(walk, Disposition.Accepted, device, steps, packet, ends);
    }

    private void LoadBalance(Walk walk, int device, int ingress, VirtualService service, Packet packet, List<Step> steps, List<WalkEnd> ends)
    {
        var healthy = service.Members.Where(m => m.Healthy).ToArray();
        var labels = healthy.Select(m => Label(Ipv4.ToUInt(m.Address), m.Port)).ToArray();
        if (healthy.Length == 0)
        {
            steps.Add(new LoadBalancerChoiceStep(service.Name, "none", labels));
            End(walk, Disposition.NoHealthyMember, device, steps, packet, ends);
            return;
        }
        for (var m = 0; m < healthy.Length; m++)
        {
            var branch = m == healthy.Length - 1 ? walk : walk.Clone();
            var branchSteps = new List<Step>(steps) { new LoadBalancerChoiceStep(service.Name, labels[m], labels) };
            var translated = packet with { Destination = Ipv4.ToUInt(healthy[m].Address), Port = healthy[m].Port };
            branchSteps.Add(new NatStep(NatKind.Destination, packet.ToString(), translated.ToString()));
            Route(branch, device, ingress, translated, branchSteps, ends, service.SourceNat, packet);
        }
    }

    private static bool ProtocolMatches(Protocol offered, Protocol used) => offered == Protocol.Any || offered == used;
}
