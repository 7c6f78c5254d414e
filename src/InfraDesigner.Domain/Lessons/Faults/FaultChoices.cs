using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Domain.Lessons.Faults;

/// <summary>A fault a trainer can put into a trainee's design as it stands, with what it breaks in words.</summary>
public sealed record FaultChoice(Fault Fault, LocalizedText Description);

/// <summary>
/// The faults of a fault-finding lab that fit a design as it stands: a deny rule that shadows a firewall's rules,
/// an allow rule taken out, an access port moved to another VLAN, a static route taken out, a pool member failing
/// its health checks, a VLAN a trunk stops carrying. Each names only what the design has.
/// </summary>
public static class FaultChoices
{
    /// <summary>The name of the rule a shadowing fault puts in; a trainee who finds it knows who put it there.</summary>
    public const string ShadowRuleName = "maintenance-block";

    public static IReadOnlyList<FaultChoice> For(Topology topology) =>
        [.. topology.Elements.OfType<Firewall>().SelectMany(FirewallFaults), .. AccessPortFaults(topology), .. TrunkFaults(topology),
         .. topology.Elements.SelectMany(RouteFaults), .. topology.Elements.OfType<LoadBalancer>().SelectMany(MemberFaults)];

    private static IEnumerable<FaultChoice> FirewallFaults(Firewall firewall)
    {
        if (firewall.Rules.All(rule => rule.Name != ShadowRuleName))
            yield return new(
                new InsertRuleFault { Firewall = firewall.Name, Rule = new FirewallRule { Name = ShadowRuleName, Protocol = Protocol.Any, Action = RuleAction.Deny } },
                new($"{firewall.Name}: put a deny-everything rule first (it shadows every rule below it)",
                    $"{firewall.Name}: 모든 것을 막는 규칙을 맨 앞에 넣기 (아래 규칙을 모두 가림)"));
        foreach (var rule in firewall.Rules.Where(rule => rule.Action == RuleAction.Allow && rule.Enabled))
            yield return new(
                new RemoveRuleFault { Firewall = firewall.Name, Rule = rule.Name },
                new($"{firewall.Name}: take out the allow rule {rule.Name}", $"{firewall.Name}: 허용 규칙 {rule.Name} 빼기"));
    }

    private static IEnumerable<FaultChoice> AccessPortFaults(Topology topology)
    {
        var vlans = topology.Vlans.Select(vlan => vlan.Id).Order().ToArray();
        foreach (var element in topology.Elements)
            foreach (var nic in element.Interfaces)
                if (nic.Switchport is { Mode: SwitchportMode.Access, AccessVlan: { } vlan } && vlans.FirstOrDefault(other => other != vlan) is var wrong and not 0)
                    yield return new(
                        new AccessVlanFault { Element = element.Name, Interface = nic.Name, Vlan = wrong },
                        new($"{element.Name} {nic.Name}: put the access port in VLAN {wrong} instead of {vlan}",
                            $"{element.Name} {nic.Name}: 액세스 포트를 VLAN {vlan} 대신 {wrong}에 넣기"));
    }

    private static IEnumerable<FaultChoice> TrunkFaults(Topology topology) =>
        from element in topology.Elements
        from nic in element.Interfaces
        where nic.Switchport is { Mode: SwitchportMode.Trunk }
        from vlan in nic.Switchport!.AllowedVlans
        select new FaultChoice(
            new TrunkVlanFault { Element = element.Name, Interface = nic.Name, Vlan = vlan },
            new($"{element.Name} {nic.Name}: stop the trunk carrying VLAN {vlan}", $"{element.Name} {nic.Name}: 트렁크에서 VLAN {vlan} 빼기"));

    private static IEnumerable<FaultChoice> RouteFaults(Element element) =>
        from route in element is IRoutingElement routing ? routing.StaticRoutes : []
        select new FaultChoice(
            new RemoveRouteFault { Element = element.Name, Destination = route.Destination },
            new($"{element.Name}: take out the static route to {route.Destination}", $"{element.Name}: 정적 경로 {route.Destination} 빼기"));

    private static IEnumerable<FaultChoice> MemberFaults(LoadBalancer balancer) =>
        from member in balancer.Members
        where member.Healthy
        select new FaultChoice(
            new MemberDownFault { LoadBalancer = balancer.Name, Member = member.Element },
            new($"{balancer.Name}: pool member {member.Element} fails its health checks", $"{balancer.Name}: 풀 멤버 {member.Element}의 헬스 체크 실패"));
}
