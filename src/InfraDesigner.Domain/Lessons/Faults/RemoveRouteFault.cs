using InfraDesigner.Domain.Addressing;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Domain.Lessons.Faults;

/// <summary>Takes a static route out of a router, firewall or load balancer: the "missing route" ticket.</summary>
public sealed record RemoveRouteFault : Fault
{
    /// <summary>The router, firewall or load balancer that routes.</summary>
    public required string Element { get; init; }

    public required Ipv4Cidr Destination { get; init; }

    public override Topology Apply(Topology topology)
    {
        var element = topology.FindElement(Element) as IRoutingElement
            ?? throw new FaultTargetException("element", $"the topology has no router, firewall or load balancer '{Element}'");
        var index = element.StaticRoutes.Select(route => route.Destination).ToList().IndexOf(Destination);
        if (index < 0) throw new FaultTargetException("destination", $"'{Element}' has no static route to {Destination}");
        var routes = element.StaticRoutes.RemoveAt(index);
        return topology.WithElement(element switch
        {
            Router router => router with { StaticRoutes = routes },
            Firewall firewall => firewall with { StaticRoutes = routes },
            LoadBalancer balancer => balancer with { StaticRoutes = routes },
            _ => throw new FaultTargetException("element", $"'{Element}' has no static routes to take out"),
        });
    }
}
