using System.Net;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Domain.Network;

/// <summary>An L4 switch / load balancer: traffic to Vip:Port is spread over the pool by the algorithm.</summary>
public sealed record LoadBalancer : Element, IRoutingElement
{
    public override ElementKind Kind => ElementKind.LoadBalancer;

    public required IPAddress Vip { get; init; }

    public int Port { get; init; } = 443;

    public Protocol Protocol { get; init; } = Protocol.Tcp;

    public LoadBalancingAlgorithm Algorithm { get; init; } = LoadBalancingAlgorithm.RoundRobin;

    public EquatableArray<PoolMember> Members { get; init; }

    public HealthCheck HealthCheck { get; init; } = new();

    public EquatableArray<StaticRoute> StaticRoutes { get; init; }
}
