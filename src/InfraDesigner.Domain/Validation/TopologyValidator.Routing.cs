using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Domain.Validation;

public static partial class TopologyValidator
{
    private static void CheckRouting(ValidationContext context)
    {
        ForEach<Element>(context, (element, path) =>
        {
            if (element is not IRoutingElement routing)
            {
                return;
            }
            var first = new Dictionary<Addressing.Ipv4Cidr, int>();
            for (var r = 0; r < routing.StaticRoutes.Count; r++)
            {
                var route = routing.StaticRoutes[r];
                var routePath = $"{path}.staticRoutes[{r}]";
                if (route.Destination.Address.Equals(route.Destination.NetworkAddress) is false)
                {
                    context.Warning($"{routePath}.destination", $"{route.Destination} has host bits set; the route is for {route.Destination.Subnet}.");
                }
                if (!first.TryAdd(route.Destination.Subnet, r))
                {
                    context.Warning($"{routePath}.destination", $"staticRoutes[{first[route.Destination.Subnet]}] is already a route to {route.Destination.Subnet}.");
                }
                if (route.NextHop is null && route.InterfaceName is null)
                {
                    // Not installed (a route being written, like a new one): harmless, so not a refusal.
                    context.Warning($"{routePath}.nextHop", "No next hop or interface yet: the route is not used until it has one.");
                }
                if (route.InterfaceName is { } name && element.FindInterface(name) is null)
                {
                    context.Error($"{routePath}.interfaceName", $"{element.Name} has no interface named '{name}'.");
                }
                if (route.NextHop is { } hop && !element.Interfaces.Any(nic => nic.Address?.Contains(hop) == true))
                {
                    context.Warning($"{routePath}.nextHop", $"Next hop {hop} is not in any subnet of {element.Name}'s interfaces.");
                }
                else if (route.NextHop is { } reached && element.FindInterface(route.InterfaceName ?? "") is { Address: { } subnet } && !subnet.Contains(reached))
                {
                    context.Warning($"{routePath}.nextHop", $"Next hop {reached} is not in the subnet of {route.InterfaceName} ({subnet.Subnet}).");
                }
            }
        });

        var natRules = context.Topology.NatRules;
        for (var k = 0; k < natRules.Count; k++)
        {
            var rule = natRules[k];
            var path = $"natRules[{k}]";
            var device = context.Require<Element>(rule.Device, $"{path}.device", "router or firewall");
            if (device is not null and not IRoutingElement)
            {
                context.Error($"{path}.device", $"'{device.Name}' is a {device.Kind.DisplayName()}; NAT is done by a router or firewall.");
            }
            context.RequireRuleEndpoint(rule.MatchSource, $"{path}.matchSource");
            context.RequireRuleEndpoint(rule.MatchDestination, $"{path}.matchDestination");
            CheckRulePorts(context, rule.Protocol, rule.MatchPorts, $"{path}.matchPorts");
            context.RequirePort(rule.TranslatedPort, $"{path}.translatedPort");
        }
    }
}
