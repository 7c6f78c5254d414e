using System.Net;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;
using M = InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Compilation;

/// <summary>
/// Destination NAT in all its forms: a load balancer VIP to its healthy, enabled pool members, a reverse proxy to its
/// route backends, and destination NAT rules to their translated address.
/// </summary>
internal static class VirtualServices
{
    public static IEnumerable<M.VirtualService> Of(Element element, IEnumerable<NatRule> natRules, AddressBook addresses)
    {
        var services = element switch
        {
            LoadBalancer lb => [LoadBalancerService(lb, addresses)],
            ReverseProxy proxy => ProxyService(proxy, addresses),
            _ => [],
        };
        return services.Concat(natRules.Where(r => r.Type == NatType.Destination).SelectMany(r => DestinationNat(r, addresses)));
    }

    private static M.VirtualService LoadBalancerService(LoadBalancer lb, AddressBook addresses)
    {
        var members = lb.Members
            .Where(m => m.Enabled)
            .Select(m => (Member: m, Address: addresses.FirstOf(m.Element)))
            .Where(m => m.Address is not null)
            .Select(m => new M.PoolMember(m.Address!, m.Member.Port, m.Member.Healthy))
            .ToArray();
        return new M.VirtualService(lb.Name, lb.Vip, lb.Port, lb.Protocol, members);
    }

    private static IEnumerable<M.VirtualService> ProxyService(ReverseProxy proxy, AddressBook addresses)
    {
        var address = proxy.ListenAddress ?? addresses.FirstOf(proxy.Name);
        if (address is null)
            return [];
        var members = proxy.Routes
            .Select(r => (Address: addresses.FirstOf(r.Backend), r.BackendPort))
            .Where(r => r.Address is not null)
            .Distinct()
            .Select(r => new M.PoolMember(r.Address!, r.BackendPort))
            .ToArray();
        return [new M.VirtualService(proxy.Name, address, proxy.ListenPort, Protocol.Tcp, members)];
    }

    // Only a rule naming one address and one port can be a virtual service; wider matches have no single VIP.
    private static IEnumerable<M.VirtualService> DestinationNat(NatRule rule, AddressBook addresses)
    {
        IPAddress? published = rule.MatchDestination.Kind switch
        {
            RuleEndpointKind.Element => addresses.FirstOf(rule.MatchDestination.Name!),
            RuleEndpointKind.Subnet when rule.MatchDestination.Subnet!.Value.PrefixLength == 32 => rule.MatchDestination.Subnet.Value.Address,
            _ => null,
        };
        var port = rule.MatchPorts is { IsSingle: true } single ? single.From : rule.TranslatedPort;
        if (published is null || port is null)
            return [];
        var member = new M.PoolMember(rule.TranslatedAddress, rule.TranslatedPort ?? port.Value);
        return [new M.VirtualService(rule.Name, published, port.Value, rule.Protocol, [member], SourceNat: false)];
    }
}
