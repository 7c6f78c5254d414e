using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Domain.Validation;

public static partial class TopologyValidator
{
    private static void CheckServices(ValidationContext context)
    {
        ForEach<Element>(context, (element, path) =>
        {
            var listening = new Dictionary<(Protocol, int), int>();
            for (var j = 0; j < element.Services.Count; j++)
            {
                var service = element.Services[j];
                var servicePath = $"{path}.services[{j}]";
                CheckName(context, service.Name, $"{servicePath}.name", "A service");
                context.RequirePort(service.Port, $"{servicePath}.port");
                if (service.Protocol is not (Protocol.Tcp or Protocol.Udp))
                {
                    context.Error($"{servicePath}.protocol", "A service listens on tcp or udp.");
                }
                if (!listening.TryAdd((service.Protocol, service.Port), j))
                {
                    context.Warning($"{servicePath}.port", $"{service.Protocol.ToString().ToLowerInvariant()}/{service.Port} is already listed by services[{listening[(service.Protocol, service.Port)]}].");
                }
            }
        });
        ForEach<LoadBalancer>(context, (balancer, path) => CheckLoadBalancer(context, balancer, path));
        ForEach<ReverseProxy>(context, (proxy, path) => CheckReverseProxy(context, proxy, path));
        ForEach<ForwardProxy>(context, (proxy, path) => context.RequirePort(proxy.ListenPort, $"{path}.listenPort"));
        ForEach<DnsServer>(context, (dns, path) => CheckDnsRecords(context, dns, path));
    }

    private static void CheckLoadBalancer(ValidationContext context, LoadBalancer balancer, string path)
    {
        context.RequirePort(balancer.Port, $"{path}.port");
        if (!balancer.Interfaces.Any(nic => nic.Address?.Contains(balancer.Vip) == true))
        {
            context.Warning($"{path}.vip", $"VIP {balancer.Vip} is not in any subnet of {balancer.Name}'s interfaces.");
        }
        if (balancer.Members.IsEmpty)
        {
            context.Warning($"{path}.members", "The pool has no members.");
        }
        for (var j = 0; j < balancer.Members.Count; j++)
        {
            var member = balancer.Members[j];
            context.Require<Element>(member.Element, $"{path}.members[{j}].element", "pool member");
            context.RequirePort(member.Port, $"{path}.members[{j}].port");
            context.RequireAtLeast(member.Weight, 0, $"{path}.members[{j}].weight", "A weight");
        }
        context.RequireAtLeast(balancer.HealthCheck.IntervalSeconds, 1, $"{path}.healthCheck.intervalSeconds", "The health check interval");
        context.RequireAtLeast(balancer.HealthCheck.Rise, 1, $"{path}.healthCheck.rise", "Rise");
        context.RequireAtLeast(balancer.HealthCheck.Fall, 1, $"{path}.healthCheck.fall", "Fall");
        context.RequirePort(balancer.HealthCheck.Port, $"{path}.healthCheck.port");
    }
}
