using InfraDesigner.Domain.Compute;
using InfraDesigner.Domain.Samples;
using InfraDesigner.Simulation.Compute;
using InfraDesigner.Simulation.Failover;

namespace InfraDesigner.Simulation.Tests.Compute;

public class FailoverSetupBuilderTests
{
    private static readonly Domain.Topologies.Topology Sample = SampleTopologies.ClusterCapacity.Topology;

    [Fact]
    public void With_ha_off_no_vm_restarts_and_no_admission_control_is_checked()
    {
        var cluster = Sample.FindElement<Cluster>("cluster1")! with { Ha = HaPolicy.Disabled };

        var setup = FailoverSetupBuilder.From(Sample.WithElement(cluster), "cluster1", ["host1"]);
        var answer = FailoverAnalyzer.Analyze(setup.State, setup.Question);

        answer.Restarts.ShouldBeEmpty();
        answer.NotRestarted.Select(n => n.Vm).ShouldBe(["vm1", "vm2", "vm3"], ignoreOrder: true);
        answer.NotRestarted.ShouldAllBe(n => n.Reason == "restart priority is Disabled");
        setup.Question.Admission.ShouldBeNull();
    }

    [Fact]
    public void The_percentage_policy_of_the_cluster_becomes_the_engines_percentage_admission_control()
    {
        var cluster = Sample.FindElement<Cluster>("cluster1")! with
        {
            Ha = new HaPolicy { AdmissionControl = HaAdmissionControl.Percentage, ReservedCpuPercent = 10, ReservedRamPercent = 20 },
        };

        var admission = FailoverSetupBuilder.From(Sample.WithElement(cluster), "cluster1", ["host2"]).Question.Admission!;

        admission.ShouldBe(new AdmissionControl(AdmissionPolicyKind.ClusterResourcePercentage, 1, 10, 20, Basis: AdmissionBasis.Reservations));
    }

    [Fact]
    public void Unknown_hosts_are_refused_each_at_its_index_and_an_empty_list_on_the_list()
    {
        var error = Should.Throw<ComputeInputException>(() => FailoverSetupBuilder.From(Sample, "cluster1", ["host9", "host1", "host7"]));
        var empty = Should.Throw<ComputeInputException>(() => FailoverSetupBuilder.From(Sample, "cluster1", []));

        error.Problems.Select(p => p.Path).ShouldBe(["failedHosts[0]", "failedHosts[2]"]);
        empty.Problems.ShouldHaveSingleItem().Path.ShouldBe("failedHosts");
    }
}
