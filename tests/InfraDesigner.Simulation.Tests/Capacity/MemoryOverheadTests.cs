using InfraDesigner.Simulation.Capacity;
using InfraDesigner.Simulation.Placement;
using static InfraDesigner.Simulation.Tests.Placement.Clusters;

namespace InfraDesigner.Simulation.Tests.Capacity;

/// <summary>
/// The hypervisor's memory: vSphere 6.5 Resource Management, "Sample Overhead Memory on Virtual Machines"
/// (MB per VM by configured memory and vCPU), and a system reserve per host.
/// </summary>
public class MemoryOverheadTests
{
    [Theory]
    [InlineData(1, 256, 20.29)]
    [InlineData(4, 16384, 151.93)]
    [InlineData(8, 4096, 76.78)]
    [InlineData(2, 1024, 29.91)]
    public void The_sampled_sizes_give_the_table_s_figures(int vcpu, double memoryMb, double expectedMb) =>
        VmMemoryOverhead.Megabytes(vcpu, memoryMb).ShouldBe(expectedMb, 1e-9);

    [Fact]
    public void Between_samples_it_interpolates_2_vcpu_2048_mb_is_a_third_of_the_way_from_29_91_to_52_72()
    {
        // (2048 − 1024) / (4096 − 1024) = 1/3; 29.91 + (52.72 − 29.91) / 3 = 37.513.
        VmMemoryOverhead.Megabytes(2, 2048).ShouldBe(37.5133, 1e-3);
    }

    [Fact]
    public void Beyond_16_gb_it_extends_the_last_segment_8_vcpu_48_gb_is_413_45_mb()
    {
        // 76.78 + (168.60 − 76.78) · (49152 − 4096) / 12288 = 76.78 + 91.82 · 3.667 = 413.45.
        VmMemoryOverhead.Megabytes(8, 48 * 1024).ShouldBe(413.45, 0.01);
    }

    [Fact]
    public void A_4_gb_host_reserve_and_the_per_vm_overhead_leave_a_128_gb_host_room_for_7_not_8_vms_of_16_gb()
    {
        var state = new ClusterState([Host("h", cores: 64, ramGb: 128)], [], Overhead: MemoryOverhead.VSphere);

        var answer = CapacityAnalyzer.Analyze(state, new CapacityQuestion(new VmSize(4, 16, 0)));

        // (128 − 4) GB / (16 + 151.93/1024) GB = 124 / 16.148 = 7.68 → 7; without the overhead 128 / 16 = 8.
        answer.TotalFits.ShouldBe(7);
        answer.Hosts[0].Headroom.Ram.Capacity.ShouldBe(124);
        answer.Assumptions.ShouldContain("hypervisor keeps 4 GB per host");
        CapacityAnalyzer.Analyze(state with { Overhead = null }, new CapacityQuestion(new VmSize(4, 16, 0))).TotalFits.ShouldBe(8);
    }
}
