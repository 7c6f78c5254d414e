using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Storage;
using InfraDesigner.Domain.Topologies;
using M = InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Compilation;

/// <summary>One element of the topology as one device of the forwarding model.</summary>
internal static class ElementCompiler
{
    public static CompiledElement Compile(Element element, IReadOnlyList<NatRule> natRules, AddressBook addresses)
    {
        var interfaces = element.Interfaces.Where(i => i.Enabled).Select(i => InterfaceCompiler.Compile(element, i, addresses)).ToList();
        var services = VirtualServices.Of(element, natRules, addresses).ToArray();
        var aliases = InterfaceCompiler.Aliases(interfaces, services).ToArray();
        // A load balancer or proxy is asked for by its VIP: its address comes first, so "reach lb" means the VIP.
        interfaces.InsertRange(element is LoadBalancer or ReverseProxy ? 0 : interfaces.Count, aliases.Select(a => a.Alias));
        var device = new M.Device(
            element.Name,
            ElementKinds.DeviceKindOf(element),
            interfaces.FirstOrDefault(i => i.Address is not null)?.Zone,
            interfaces,
            element is IRoutingElement routing ? routing.StaticRoutes.Select(ModelMapping.Route).ToArray() : [],
            element is Firewall firewall ? Policy(firewall) : null,
            services,
            natRules.Where(r => r.Type == NatType.Source).SelectMany(r => SourceNat(r, interfaces, addresses)).ToArray(),
            element.Services.Select(s => new M.Listener(s.Name, s.Protocol, s.Port)).ToArray(),
            element is StorageSystem storage ? ShareAcls.Of(storage, addresses).ToArray() : []);
        return new CompiledElement(device, aliases.Select(a => (a.Alias.Name, a.Of)).ToArray());
    }

    /// <summary>The rules one for one, in order, with their names; disabled rules stay in place, disabled.</summary>
    public static M.FirewallPolicy Policy(Firewall firewall) => new(
        firewall.Rules.Select(r => new M.FirewallRule(
            r.Name,
            ModelMapping.Endpoint(r.Source),
            ModelMapping.Endpoint(r.Destination),
            r.Protocol,
            ModelMapping.Ports(r.Ports),
            r.Action,
            r.Enabled)).ToArray(),
        firewall.DefaultAction,
        firewall.Stateful);

    // Masquerade out of the interface that owns the translated address (or whose subnet holds it).
    private static IEnumerable<M.SourceNatRule> SourceNat(NatRule rule, IReadOnlyList<M.NetworkInterface> interfaces, AddressBook addresses)
    {
        var exit = interfaces.FirstOrDefault(i => rule.TranslatedAddress.Equals(i.Address))
            ?? interfaces.FirstOrDefault(i => i.Subnet is { } subnet && subnet.Contains(rule.TranslatedAddress));
        if (exit is null)
            return [];
        var sources = rule.MatchSource.Kind switch
        {
            RuleEndpointKind.Subnet => rule.MatchSource.Subnet!.Value.Network,
            RuleEndpointKind.Element when addresses.FirstOf(rule.MatchSource.Name!) is { } a => ModelMapping.Host(a),
            _ => (System.Net.IPNetwork?)null,
        };
        return [new M.SourceNatRule(exit.Name, sources)];
    }
}
