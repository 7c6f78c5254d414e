using InfraDesigner.Domain.Compute;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Samples;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Domain.Validation;

namespace InfraDesigner.Domain.Tests.Samples;

public sealed class SyntheticDataCentreTests
{
    private static readonly Lazy<Topology> DefaultDataCentre = new(SyntheticDataCentre.Generate);

    [Fact]
    public void The_default_data_centre_has_the_benchmark_figures_of_issue_4()
    {
        var topology = DefaultDataCentre.Value;

        topology.Elements.Count.ShouldBe(10_000);
        topology.ElementsOf<PhysicalHost>().Count().ShouldBe(100);
        topology.ElementsOf<VirtualMachine>().Count().ShouldBe(2_000);
        topology.ElementsOf<Router>().Count().ShouldBe(20);
        topology.ElementsOf<Firewall>().Count().ShouldBe(10);
        topology.ElementsOf<Firewall>().Sum(firewall => firewall.Rules.Count).ShouldBe(10_000);
        topology.ElementsOf<LoadBalancer>().Count().ShouldBe(5);
        topology.Vlans.Count.ShouldBe(200);
        topology.Zones.Count.ShouldBe(6);
    }

    [Fact]
    public void The_default_data_centre_validates_without_errors()
    {
        var problems = TopologyValidator.Validate(DefaultDataCentre.Value);

        problems.Where(problem => problem.IsError).Take(5).ShouldBeEmpty();
    }

    [Fact]
    public void The_same_seed_gives_the_same_topology_and_another_seed_a_different_one()
    {
        var options = new SyntheticDataCentreOptions { ElementCount = 400, Hosts = 8, Clusters = 2, Vms = 60, Vlans = 6, Routers = 2, Firewalls = 2, FirewallRules = 50, LoadBalancers = 1 };

        SyntheticDataCentre.Generate(options).ShouldBe(SyntheticDataCentre.Generate(options));
        SyntheticDataCentre.Generate(options with { Seed = 7 }).ShouldNotBe(SyntheticDataCentre.Generate(options));
    }

    [Fact]
    public void Too_few_elements_for_the_switches_needed_is_refused()
    {
        Should.Throw<ArgumentException>(() => SyntheticDataCentre.Generate(new SyntheticDataCentreOptions { ElementCount = 2_000 }));
    }
}
