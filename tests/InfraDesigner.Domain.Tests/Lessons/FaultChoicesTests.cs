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

    public static TheoryData<string> SampleNames() => [.. SampleTopologies.All.Select(s => s.Name)];
}
