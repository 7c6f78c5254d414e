using InfraDesigner.Simulation.Reachability.Compiled;
using InfraDesigner.Simulation.Reachability.Model;
using InfraDesigner.Simulation.Reachability.Tracing;

namespace InfraDesigner.Simulation.Reachability.Fixes;

/// <summary>The fix for the obstacle a blocked path ends at, and the snapshot with it applied when it can be applied.</summary>
internal sealed class FixFinder(NetworkSnapshot snapshot, ResolvedFlow flow)
{
    private readonly ForwardingModel _f = snapshot.Forwarding;

    public (Fix? Fix, NetworkSnapshot? Applied) Propose(TracedPath blocked)
    {
        var path = blocked.Path.Disposition == Disposition.ReturnBlocked ? blocked.Path.Return! : blocked.Path;
        var last = path.Hops[^1];
        var device = snapshot.Device(last.Device);
        return path.Disposition switch
        {
            Disposition.DeniedIn or Disposition.DeniedOut => AllowRule(blocked.Crossings.Last(c => c.Decision.Action == RuleAction.Deny)),
            Disposition.NoRoute when !device.Forwards => Gateway(device),
            Disposition.NoRoute => RouteViaNeighbor(device, blocked.Path.Disposition == Disposition.ReturnBlocked ? flow.Packet.Source : flow.Packet.Destination)
                ?? (new Fix(FixKind.AddRoute, device.Name, $"add a route on {device.Name} to {flow.Flow.DestinationAddress}"), null),
            Disposition.NeighborUnreachable => MisdirectedRoute(device, last) ?? (Neighbor(last), null),
            Disposition.NoListener => Listener(device),
            Disposition.RefusedByShareAcl => Share(device, last),
            Disposition.NoHealthyMember => (new Fix(FixKind.RestorePoolMember, device.Name, $"bring a pool member of {device.Name} back to health"), null),
            Disposition.Loop => (new Fix(FixKind.BreakRoutingLoop, device.Name, $"fix the routes: packets to {flow.Flow.DestinationAddress} loop through {string.Join(", ", path.Devices.Distinct())}"), null),
            Disposition.NotForwarded => (new Fix(FixKind.RouteThroughRouter, device.Name, $"{device.Name} does not forward; point the route at a router instead"), null),
            _ => (null, null),
        };
    }

    private (Fix, NetworkSnapshot) AllowRule(Crossing crossing)
    {
        var firewall = snapshot.DeviceArray[crossing.Firewall];
        var policy = firewall.Policy!;
        var source = Endpoint(crossing.Packet.Source);
        var destination = Endpoint(crossing.Packet.Destination);
        var protocol = crossing.Packet.Protocol;
        var ports = protocol == Protocol.Icmp ? null : PortRange.Single(crossing.Packet.Port);
        var rule = new FirewallRule($"allow-{Name(source)}-to-{Name(destination)}-{protocol.ToString().ToLowerInvariant()}{ports?.ToString() ?? ""}", source, destination, protocol, ports, RuleAction.Allow);
        var insertAt = crossing.Decision.Rule is { } deny ? deny.Number - 1 : policy.Rules.Count;
        var where = crossing.Decision.Rule is { } d ? $"before rule {d.Number} '{d.Rule.Name}'" : "before the default rule";
        var description = $"add allow rule on {firewall.Name}: {ZoneWords(crossing.InZone)}{source} -> {ZoneWords(crossing.OutZone)}{destination} " +
            $"{protocol.ToString().ToLowerInvariant()}{(ports is null ? "" : " " + ports)} {where}";
        return (new Fix(FixKind.AddFirewallRule, firewall.Name, description, rule, insertAt), snapshot.WithPolicy(firewall.Name, policy.Insert(insertAt, rule)));
    }

    private (Fix, NetworkSnapshot?) Gateway(Device host)
    {
        var own = _f.DeviceInterfaces[_f.DeviceIds[host.Name]].Select(i => _f.Interfaces[i]).First(i => i.HasAddress);
        var routerInterface = _f.Interfaces.FirstOrDefault(i => i.HasAddress && i.Device != own.Device
            && snapshot.DeviceArray[i.Device].Forwards && _f.L2.DomainOf(i.Id) == _f.L2.DomainOf(own.Id) && own.OnSubnet(i.Address));
        if (routerInterface is null)
            return (RouterInterfaceFix(own, host.Name), null);
        var gateway = Ipv4.ToAddress(routerInterface.Address);
        var fixedHost = host with { Interfaces = host.Interfaces.Select(i => i == own.Model ? i with { Gateway = gateway } : i).ToArray() };
        var description = $"set a default gateway on {host.Name}: {gateway} ({snapshot.DeviceArray[routerInterface.Device].Name})";
        return (new Fix(FixKind.SetDefaultGateway, host.Name, description), snapshot.WithDevice(fixedHost));
    }

    /// <summary>A route to the destination's subnet via a router or firewall on a subnet of the device that has that subnet connected.</summary>
    private (Fix, NetworkSnapshot?)? RouteViaNeighbor(Device device, uint destination)
    {
        var id = _f.DeviceIds[device.Name];
        var own = _f.DeviceInterfaces[id].Select(i => _f.Interfaces[i]).Where(i => i.HasAddress).ToList();
        var neighbor = _f.Interfaces.FirstOrDefault(n => n.HasAddress && n.Device != id && snapshot.DeviceArray[n.Device].Forwards
            && own.Any(o => _f.L2.DomainOf(o.Id) == _f.L2.DomainOf(n.Id) && o.OnSubnet(n.Address))
            && _f.DeviceInterfaces[n.Device].Any(i => _f.Interfaces[i].OnSubnet(destination)));
        if (neighbor is null) return null;
        var reaching = _f.DeviceInterfaces[neighbor.Device].Select(i => _f.Interfaces[i]).First(i => i.OnSubnet(destination));
        var prefix = new System.Net.IPNetwork(Ipv4.ToAddress(reaching.Address & reaching.Mask), reaching.PrefixLength);
        var route = new StaticRoute(prefix, Ipv4.ToAddress(neighbor.Address));
        var description = $"add a route on {device.Name} to {prefix} via {route.NextHop} ({snapshot.DeviceArray[neighbor.Device].Name})";
        return (new Fix(FixKind.AddRoute, device.Name, description, Route: route), snapshot.WithDevice(device with { Routes = [.. device.Routes, route] }));
    }

    private Fix Neighbor(Hop last)
    {
        var device = _f.DeviceIds[last.Device];
        var exitName = last.Steps.OfType<ExitInterfaceStep>().Last().Interface;
        var exit = _f.DeviceInterfaces[device].Select(i => _f.Interfaces[i]).First(i => i.Model.Name == exitName);
        return RouterInterfaceFix(exit, last.Device);
    }

    /// <summary>
    /// A static route sent out of an interface whose subnet does not hold its next hop: the next hop cannot
    /// be reached there, so the route is the cause, not a missing router interface. The fix takes the
    /// interface whose subnet holds the next hop, or none (chosen by the next hop, as routers do).
    /// </summary>
    private (Fix, NetworkSnapshot?)? MisdirectedRoute(Device device, Hop last)
    {
        var routing = last.Steps.OfType<RoutingStep>().LastOrDefault();
        if (routing is not { NextHop: { } hopText } || routing.Kind == RouteKind.Connected) return null;
        var hop = Ipv4.ToUInt(System.Net.IPAddress.Parse(hopText));
        var exit = _f.DeviceInterfaces[_f.DeviceIds[device.Name]].Select(i => _f.Interfaces[i]).First(i => i.Model.Name == routing.OutInterface);
        if (!exit.HasAddress || exit.OnSubnet(hop)) return null;
        var route = device.Routes.FirstOrDefault(r => r.Interface == exit.Model.Name && r.NextHop is { } h && Ipv4.ToUInt(h) == hop && r.Prefix.ToString() == routing.Prefix);
        if (route is null) return null;

        var right = _f.DeviceInterfaces[_f.DeviceIds[device.Name]].Select(i => _f.Interfaces[i]).FirstOrDefault(i => i.OnSubnet(hop));
        var fixedRoute = route with { Interface = right?.Model.Name };
        var change = right is null ? "leave its outgoing interface empty (chosen by the next hop)" : $"send it out of {right.Model.Name} ({Subnet(right)}) or leave the outgoing interface empty";
        var description = $"fix the route to {routing.Prefix} on {device.Name}: its next hop {hopText} is outside the subnet of its outgoing interface {exit.Model.Name} ({Subnet(exit)}); {change}";
        var fixedDevice = device with { Routes = device.Routes.Select(r => r == route ? fixedRoute : r).ToArray() };
        return (new Fix(FixKind.FixRoute, device.Name, description), snapshot.WithDevice(fixedDevice));
    }

    private static string Subnet(CompiledInterface nic) => $"{Ipv4.Format(nic.Address & nic.Mask)}/{nic.PrefixLength}";

    private Fix RouterInterfaceFix(CompiledInterface from, string device)
    {
        var wanted = from.Model.Gateway is { } g ? g.ToString() : "an address";
        return _f.L2.AttachmentOf(from.Id) is { } at
            ? new Fix(FixKind.AddRouterInterface, device, $"add a router interface ({wanted}) in VLAN {at.Vlan} on {snapshot.DeviceArray[at.Switch].Name} and use it as {device}'s default gateway")
            : new Fix(FixKind.AddRouterInterface, device, $"connect {device} to a router ({wanted}) and use it as its default gateway");
    }

    private (Fix, NetworkSnapshot) Listener(Device device)
    {
        var p = flow.Packet;
        var listener = new Listener($"{p.Protocol.ToString().ToLowerInvariant()}-{p.Port}", p.Protocol, p.Port);
        return (new Fix(FixKind.StartListener, device.Name, $"start a listener on {device.Name} {p.Protocol.ToString().ToLowerInvariant()} port {p.Port}"),
            snapshot.WithDevice(device with { Listeners = [.. device.Listeners, listener] }));
    }

    private (Fix, NetworkSnapshot) Share(Device nas, Hop last)
    {
        var refused = last.Steps.OfType<ShareAclStep>().Last();
        var client = System.Net.IPNetwork.Parse(refused.Client + "/32");
        var shares = nas.Shares.Select(s => s.Name == refused.Share ? s with { AllowedClients = [.. s.AllowedClients, client] } : s).ToArray();
        return (new Fix(FixKind.OpenShare, nas.Name, $"add {refused.Client} ({flow.Flow.Source}) to the access list of {refused.Share} on {nas.Name}"),
            snapshot.WithDevice(nas with { Shares = shares }));
    }

    private AddressMatch Endpoint(uint address) =>
        _f.AddressOwners.TryGetValue(address, out var owners)
            ? AddressMatch.OfDevice(snapshot.DeviceArray[_f.Interfaces[owners[0]].Device].Name)
            : AddressMatch.OfSubnet(Ipv4.Format(address) + "/32");

    private static string Name(AddressMatch match) => match switch
    {
        DeviceAddress d => d.Device,
        SubnetAddress s => s.Network.BaseAddress.ToString(),
        _ => "any",
    };

    private string ZoneWords(int zone) =>
        _f.Zones.FirstOrDefault(z => z.Value == zone).Key is { } name ? $"zone {name} " : "";
}
