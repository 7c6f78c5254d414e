using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Domain.Lessons.Faults;

/// <summary>A load balancer's pool member starts failing its health checks: the "dead pool member" ticket.</summary>
public sealed record MemberDownFault : Fault
{
    public required string LoadBalancer { get; init; }

    /// <summary>The member's element name.</summary>
    public required string Member { get; init; }

    public override Topology Apply(Topology topology)
    {
        var balancer = Find<LoadBalancer>(topology, LoadBalancer, "loadBalancer");
        var index = balancer.Members.Select(member => member.Element).ToList().IndexOf(Member);
        if (index < 0) throw new FaultTargetException("member", $"'{LoadBalancer}' has no pool member '{Member}'");
        var member = balancer.Members[index];
        return topology.WithElement(balancer with { Members = balancer.Members.SetItem(index, member with { Healthy = false }) });
    }
}
