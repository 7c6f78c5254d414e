using InfraDesigner.Domain.Lessons.Faults;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Samples;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Domain.Tests.Lessons;

public sealed class FaultChoicesTests
{
    private static Topology Sample(string name) => SampleTopologies.Find(name)!.Topology;

    [Fact]
    public void A_firewall_can_get_a_shadowing_deny_first_and_lose_each_allow_rule()
    {
        var topology = Sample("zones-firewall");
        var firewall = topology.Elements.OfType<Firewall>().Single();

        var faults = FaultChoices.For(topology).Select(c => c.Fault).ToList();

        faults.OfType<InsertRuleFault>().ShouldHaveSingleItem().Firewall.ShouldBe(firewall.Name);
        faults.OfType<RemoveRuleFault>().Select(f => f.Rule)
            .ShouldBe(firewall.Rules.Where(r => r.Action == RuleAction.Allow && r.Enabled).Select(r => r.Name));
    }

    [Fact]
    public void Every_access_port_can_move_to_a_VLAN_it_is_not_in()
    {
        var topology = Sample("vlans");

        var moves = FaultChoices.For(topology).Select(c => c.Fault).OfType<AccessVlanFault>().ToList();

        moves.ShouldNotBeEmpty();
        foreach (var move in moves)
            topology.FindElement(move.Element)!.FindInterface(move.Interface)!.Switchport!.AccessVlan.ShouldNotBe(move.Vlan);
        moves.Select(m => m.Vlan).ShouldAllBe(vlan => topology.FindVlan(vlan) != null);
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Every_choice_breaks_the_design_it_was_offered_for_and_says_so_in_both_languages(string sample)
    {
        var topology = Sample(sample);

        foreach (var choice in FaultChoices.For(topology))
        {
            choice.Fault.Apply(topology).ShouldNotBe(topology);
            choice.Description.Ko.ShouldNotBeNullOrWhiteSpace();
            choice.Description.Ko.ShouldNotBe(choice.Description.En);
        }
    }

    [Fact]
    public void A_firewall_that_already_has_the_shadowing_deny_is_not_offered_a_second()
    {
        var topology = Sample("zones-firewall");
        var shadowed = FaultChoices.For(topology).Select(c => c.Fault).OfType<InsertRuleFault>().Single().Apply(topology);

        FaultChoices.For(shadowed).Select(c => c.Fault).OfType<InsertRuleFault>().ShouldBeEmpty();
    }

    [Fact]
    public void Each_static_route_each_healthy_pool_member_and_each_tagged_trunk_VLAN_can_be_broken()
    {
        foreach (var topology in SampleTopologies.All.Select(s => s.Topology))
        {
            var faults = FaultChoices.For(topology).Select(c => c.Fault).ToList();
            var routes = topology.Elements.OfType<IRoutingElement>().Sum(e => e.StaticRoutes.Count());
            var members = topology.Elements.OfType<LoadBalancer>().Sum(lb => lb.Members.Count(m => m.Healthy));
            var tagged = topology.Elements.SelectMany(e => e.Interfaces).Sum(nic => nic.Switchport is { Mode: SwitchportMode.Trunk } t ? t.AllowedVlans.Count() : 0);
            faults.OfType<RemoveRouteFault>().Count().ShouldBe(routes);
            faults.OfType<MemberDownFault>().Count().ShouldBe(members);
            faults.OfType<TrunkVlanFault>().Count().ShouldBe(tagged);
        }
    }

    [Fact]
    public void A_removed_route_a_dead_member_and_a_pruned_trunk_change_only_what_they_name()
    {
        var topology = SampleTopologies.All.Select(s => s.Topology).First(t =>
            t.Elements.OfType<LoadBalancer>().Any(lb => lb.Members.Count() > 1));
        var balancer = topology.Elements.OfType<LoadBalancer>().First(lb => lb.Members.Count() > 1);
        var first = balancer.Members.First();

        var broken = new MemberDownFault { LoadBalancer = balancer.Name, Member = first.Element }.Apply(topology);

        var after = broken.FindElement<LoadBalancer>(balancer.Name)!;
        after.Members.First().ShouldBe(first with { Healthy = false });
        after.Members.Skip(1).ShouldBe(balancer.Members.Skip(1));
    }

    [Fact]
    public void A_new_fault_that_names_what_the_design_lacks_is_refused_at_its_field()
    {
        var topology = Sample("vlans");

        Should.Throw<FaultTargetException>(() => new RemoveRouteFault { Element = "nowhere", Destination = InfraDesigner.Domain.Addressing.Ipv4Cidr.Parse("10.0.0.0/8") }.Apply(topology)).Field.ShouldBe("element");
        Should.Throw<FaultTargetException>(() => new MemberDownFault { LoadBalancer = "nowhere", Member = "x" }.Apply(topology)).Field.ShouldBe("loadBalancer");
        var port = topology.Elements.SelectMany(e => e.Interfaces.Select(nic => (e, nic))).First(p => p.nic.Switchport is { Mode: SwitchportMode.Access });
        Should.Throw<FaultTargetException>(() => new TrunkVlanFault { Element = port.e.Name, Interface = port.nic.Name, Vlan = 10 }.Apply(topology)).Field.ShouldBe("vlan");
    }

    public static TheoryData<string> SampleNames() => [.. SampleTopologies.All.Select(s => s.Name)];
}
