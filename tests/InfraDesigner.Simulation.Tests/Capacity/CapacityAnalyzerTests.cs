using InfraDesigner.Simulation.Capacity;
using InfraDesigner.Simulation.Placement;
using static InfraDesigner.Simulation.Tests.Placement.Clusters;

namespace InfraDesigner.Simulation.Tests.Capacity;

public class CapacityAnalyzerTests
{
    /// <summary>The seed example: a host with 20 cores of which 10 are taken (five 2-vCPU/4 GB VMs), 256 GB RAM so RAM cannot bind.</summary>
    private static ClusterState HalfFullHost(double cpuRatio) => new(
        [Host("host", cores: 20, ramGb: 256, diskGb: 4000)],
        [.. Enumerable.Range(1, 5).Select(i => Vm($"vm{i}", 2, 4, "host"))],
        new OvercommitPolicy(CpuRatio: cpuRatio));

    [Theory]
    [InlineData(1.0, 5)]
    [InlineData(1.5, 10)]
    [InlineData(2.0, 15)]
    [InlineData(4.0, 35)]
    public void A_host_with_10_of_20_cores_free_takes_5_more_2_vcpu_vms_and_the_overcommit_ratio_scales_it(double ratio, int expected)
    {
        var answer = CapacityAnalyzer.Analyze(HalfFullHost(ratio), new CapacityQuestion(new VmSize(2, 4, 50)));

        answer.TotalFits.ShouldBe(expected);
        answer.ClusterBinding.ShouldBe(Resource.Cpu);
        var host = answer.Hosts.ShouldHaveSingleItem();
        host.Binding.ShouldBe(PlacementBlock.Cpu);
        host.FitsByRam.ShouldBe(59);
        host.Headroom.Cpu.Free.ShouldBe(20 * ratio - 10);
    }

    [Fact]
    public void Ram_binds_when_the_vms_are_memory_heavy()
    {
        var answer = CapacityAnalyzer.Analyze(HalfFullHost(1), new CapacityQuestion(new VmSize(1, 64, 50)));

        answer.TotalFits.ShouldBe(3);
        answer.ClusterBinding.ShouldBe(Resource.Ram);
    }

    [Fact]
    public void A_host_in_maintenance_mode_counts_for_nothing()
    {
        var state = new ClusterState([Host("up"), Host("down", maintenance: true)], []);

        var answer = CapacityAnalyzer.Analyze(state, new CapacityQuestion(new VmSize(4, 16, 50)));

        answer.TotalFits.ShouldBe(5);
        answer.Hosts.Single(h => h.Host == "down").Binding.ShouldBe(PlacementBlock.Maintenance);
    }

    [Fact]
    public void Worked_question_6_two_more_4_vcpu_16_gb_vms_fit_one_on_each_host_and_cpu_binds()
    {
        var answer = CapacityAnalyzer.Analyze(ClusterCapacity(), new CapacityQuestion(new VmSize(4, 16, 50), Requested: 2));

        answer.TotalFits.ShouldBe(4);
        answer.ClusterBinding.ShouldBe(Resource.Cpu);
        answer.Hosts.Select(h => (h.Host, h.Fits, h.Binding)).ShouldBe([("host1", 1, PlacementBlock.Cpu), ("host2", 3, PlacementBlock.Cpu)]);
        answer.CanFitRequested.ShouldBeTrue();
        answer.Requested!.Assignments.Select(a => (a.Vm, a.Host)).ShouldBe([("new-vm-1", "host1"), ("new-vm-2", "host2")]);
        answer.Explanation.ShouldContain("4 more VMs of 4 vCPU/16 GB RAM/50 GB disk fit: host1 1 (Cpu binds), host2 3 (Cpu binds)");
    }

    [Fact]
    public void Worked_question_6_with_spreading_puts_both_new_vms_on_the_emptier_host2()
    {
        var answer = CapacityAnalyzer.Analyze(ClusterCapacity(), new CapacityQuestion(new VmSize(4, 16, 50), 2, PlacementStrategy.WorstFit));

        answer.Requested!.Assignments.Select(a => a.Host).ShouldBe(["host2", "host2"]);
    }

    [Fact]
    public void Asking_for_more_than_fits_says_how_many_do()
    {
        var answer = CapacityAnalyzer.Analyze(ClusterCapacity(), new CapacityQuestion(new VmSize(4, 16, 50), Requested: 5));

        answer.CanFitRequested.ShouldBeFalse();
        answer.Requested!.Unplaced.ShouldHaveSingleItem().MostCommonBlock.ShouldBe(PlacementBlock.Cpu);
        answer.Explanation.ShouldContain("Only 4 of the 5 requested fit");
    }
}
