using InfraDesigner.Domain.Compute;
using InfraDesigner.Domain.Samples;
using InfraDesigner.Simulation.Compute;
using InfraDesigner.Simulation.Placement;

namespace InfraDesigner.Simulation.Tests.Compute;

public class ClusterStateBuilderTests
{
    private static readonly Domain.Topologies.Topology Sample = SampleTopologies.ClusterCapacity.Topology;

    [Fact]
    public void An_unknown_cluster_is_refused_on_the_cluster_field_with_the_clusters_there_are()
    {
        var error = Should.Throw<ComputeInputException>(() => ClusterStateBuilder.From(Sample, "cluster9"));

        var problem = error.Problems.ShouldHaveSingleItem();
        problem.Path.ShouldBe("cluster");
        problem.Message.ShouldContain("cluster1");
    }

    [Fact]
    public void The_cluster_rules_become_engine_rules()
    {
        var cluster = Sample.FindElement<Cluster>("cluster1")! with
        {
            AffinityRules = [new VmAffinityRule { Name = "apart", Kind = AffinityKind.AntiAffinity, Vms = ["vm1", "vm4"] }],
            VmHostRules = [new Domain.Compute.VmHostRule { Name = "pin", Kind = Domain.Compute.VmHostRuleKind.MustRunOn, Vms = ["vm3"], Hosts = ["host1"] }],
        };

        var rules = ClusterStateBuilder.From(Sample.WithElement(cluster), "cluster1").EffectiveRules;

        var apart = rules.VmGroups.ShouldHaveSingleItem();
        (apart.Name, apart.Kind, string.Join(",", apart.Vms)).ShouldBe(("apart", VmGroupKind.AntiAffinity, "vm1,vm4"));
        var pin = rules.VmHostRules.ShouldHaveSingleItem();
        (pin.Kind, pin.Vms.Single(), pin.Hosts.Single()).ShouldBe((VmHostRuleKind.MustRunOn, "vm3", "host1"));
    }

    [Fact]
    public void A_host_in_maintenance_mode_takes_no_new_vm()
    {
        var host2 = Sample.FindElement<PhysicalHost>("host2")! with { MaintenanceMode = true };

        var state = ClusterStateBuilder.From(Sample.WithElement(host2), "cluster1");
        var answer = PlacementAnalyzer.Analyze(state, new PlacementQuestion([new VmSpec("new", 2, 4, 10)]));

        answer.HostOf("new").ShouldBe("host1");
    }
}
