using InfraDesigner.Simulation.Reachability.Compiled;
using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Tracing;

internal sealed partial class Tracer
{
    private void Route(Walk walk, int device, int ingress, Packet packet, List<Step> steps, List<WalkEnd> ends, bool sourceNatTo, Packet? natBefore)
    {
        var routes = _f.Routes[device].Lookup(packet.Destination);
        if (routes.Length == 0)
        {
            End(walk, Disposition.NoRoute, device, steps, packet, ends);
            return;
        }
        var choices = routes.ToArray();
        for (var r = 0; r < choices.Length; r++)
        {
            var last = r == choices.Length - 1;
            Send(last ? walk : walk.Clone(), device, ingress, packet, last ? steps : [.. steps], ends, choices[r], sourceNatTo, natBefore ?? packet);
        }
    }

    private void Send(Walk walk, int device, int ingress, Packet packet, List<Step> steps, List<WalkEnd> ends, RouteEntry route, bool sourceNatTo, Packet before)
    {
        var exit = _f.Interfaces[route.OutInterface];
        steps.Add(new RoutingStep(
            $"{Ipv4.Format(route.Network)}/{route.Length}",
            route.Kind,
            route.NextHop == 0 ? null : Ipv4.Format(route.NextHop),
            exit.Model.Name));
        if (snapshot.Policies[device] is not null && ingress >= 0
            && Filter(walk, device, _f.Interfaces[ingress].Zone, exit.Zone, packet, steps) == RuleAction.Deny)
        {
            End(walk, Disposition.DeniedOut, device, steps, packet, ends);
            return;
        }
        if (sourceNatTo || (!walk.IsReply && Masquerades(device, exit, packet)))
        {
            var translated = packet with { Source = exit.Address };
            steps.Add(new NatStep(NatKind.Source, packet.ToString(), translated.ToString()));
            packet = translated;
        }
        if (packet != before && !walk.IsReply)
            walk.Nats.Add(new NatRecord(device, before, packet));
        steps.Add(new ExitInterfaceStep(exit.Model.Name, VlanOf(exit.Id)));
        var nextHop = route.NextHop == 0 ? packet.Destination : route.NextHop;
        if (!_f.Neighbors.TryGetValue((_f.L2.DomainOf(exit.Id), nextHop), out var neighbor) || neighbor == exit.Id)
        {
            End(walk, Disposition.NeighborUnreachable, device, steps, packet, ends);
            return;
        }
        AddHop(walk, device, steps);
        CrossSwitches(walk, _f.L2.Path(exit.Id, neighbor)!);
        Arrive(walk, _f.Interfaces[neighbor].Device, neighbor, packet, [], ends);
    }

    private RuleAction Filter(Walk walk, int device, int inZone, int outZone, Packet packet, List<Step> steps)
    {
        var policy = snapshot.Policies[device]!;
        var name = _devices[device].Name;
        var seenRequest = walk.Request?.Firewalls.Contains(device) ?? false;
        if (walk.IsReply && seenRequest && policy.Policy.Stateful)
        {
            steps.Add(new FilterStep(new RuleReference(name, "established", null, RuleAction.Allow, ByState: true)));
            return RuleAction.Allow;
        }
        var decision = skeleton ? new PolicyDecision(null, RuleAction.Allow) : policy.Evaluate(inZone, outZone, packet);
        walk.Crossings.Add(new Crossing(device, inZone, outZone, packet, decision, walk.IsReply, inZone == outZone && _f.LocalInterface(device, packet.Destination) >= 0));
        walk.Firewalls.Add(device);
        steps.Add(new FilterStep(Reference(name, decision)));
        return decision.Action;
    }

    internal static RuleReference Reference(string firewall, PolicyDecision decision) => decision.Rule is { } rule
        ? new RuleReference(firewall, rule.Rule.Name, rule.Number, decision.Action)
        : new RuleReference(firewall, "default", null, decision.Action);

    private bool Masquerades(int device, CompiledInterface exit, Packet packet) =>
        _devices[device].SourceNats.Any(n => n.OutInterface == exit.Model.Name && (n.Sources is not { } sources || Ipv4.Contains(sources, packet.Source)));

    private void CrossSwitches(Walk walk, L2Edge[] path)
    {
        for (var j = 0; j < path.Length - 1; j++)
        {
            var (switchId, vlan) = _f.L2.SegmentOf(path[j].To);
            walk.Hops.Add(new Hop(_devices[switchId].Name, DeviceKind.Switch,
            [
                new EnterInterfaceStep(_f.Interfaces[path[j].ToPort].Model.Name, path[j].Vlan),
                new L2ForwardStep(vlan),
                new ExitInterfaceStep(_f.Interfaces[path[j + 1].FromPort].Model.Name, path[j + 1].Vlan),
            ]));
        }
    }
}
