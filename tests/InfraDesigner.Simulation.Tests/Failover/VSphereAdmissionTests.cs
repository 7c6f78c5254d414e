using InfraDesigner.Simulation.Failover;
using InfraDesigner.Simulation.Placement;
using static InfraDesigner.Simulation.Tests.Placement.Clusters;

namespace InfraDesigner.Simulation.Tests.Failover;

/// <summary>
/// vSphere HA admission control on reservations (vSphere Availability guide: percentage and slot policies count CPU
/// reservations, 32 MHz for a VM without one, and memory reservations plus overhead). The cluster: host1 and host2,
/// 20 cores × 2.4 GHz = 48,000 MHz and 128 GB each; vm1, vm2, vm4, vm5 4 vCPU/32 GB (overhead 273.61 MB each), vm3
/// 8 vCPU/32 GB (291.03 MB): 1,385.47 MB = 1.353 GB of overhead in all.
/// </summary>
public class VSphereAdmissionTests
{
    private const double OverheadGb = (4 * 273.61 + 291.03) / 1024;

    private static AdmissionAnswer Admission(ClusterState state, AdmissionControl policy) =>
        FailoverAnalyzer.Analyze(state, new FailoverQuestion(["host1"], policy)).Admission!;

    private static ClusterState Reserving(double cpuMhz, double ramGb, double vm3RamGb) => ClusterCapacity() with
    {
        Vms = [.. ClusterCapacity().Vms.Select(vm => vm with { CpuReservationMhz = cpuMhz, MemoryReservationGb = vm.Name == "vm3" ? vm3RamGb : ramGb })],
    };

    [Fact]
    public void Without_reservations_vsphere_admits_what_the_provisioned_view_refuses()
    {
        var vsphere = Admission(ClusterCapacity(), new AdmissionControl(AdmissionPolicyKind.HostFailuresToTolerate, Basis: AdmissionBasis.Reservations));
        var provisioned = Admission(ClusterCapacity(), new AdmissionControl(AdmissionPolicyKind.HostFailuresToTolerate));

        // 5 × 32 MHz = 160 of 96,000 MHz = 0.17 %; 1.353 of 256 GB = 0.53 %; one host of two keeps 50 % back.
        vsphere.CpuUsedPercent.ShouldBe(160.0 / 96_000 * 100, 1e-9);
        vsphere.RamUsedPercent.ShouldBe(OverheadGb / 256 * 100, 1e-3);
        vsphere.CpuReservedPercent.ShouldBe(50);
        vsphere.Admitted.ShouldBeTrue();
        vsphere.Basis.ShouldBe(AdmissionBasis.Reservations);
        vsphere.Explanation.ShouldContain("32 MHz for a VM without one");
        FailoverAnalyzer.Analyze(ClusterCapacity(), new FailoverQuestion(["host1"], new AdmissionControl(AdmissionPolicyKind.HostFailuresToTolerate, Basis: AdmissionBasis.Reservations)))
            .Assumptions.ShouldContain("admission control counts reservations as vSphere does");
        provisioned.Admitted.ShouldBeFalse();
    }

    [Fact]
    public void Reservations_of_24_gb_and_32_gb_on_vm3_need_50_5_percent_of_ram_so_one_host_failure_is_not_covered()
    {
        var fits = Admission(Reserving(8000, 24, 24), new AdmissionControl(AdmissionPolicyKind.HostFailuresToTolerate, Basis: AdmissionBasis.Reservations));
        var over = Admission(Reserving(8000, 24, 32), new AdmissionControl(AdmissionPolicyKind.HostFailuresToTolerate, Basis: AdmissionBasis.Reservations));

        // 5 × 24 + 1.353 = 121.35 GB = 47.4 % ≤ 50 %; with vm3 at 32 GB, 129.35 GB = 50.5 % > 50 %. CPU: 40,000 MHz = 41.7 %.
        fits.RamUsedPercent.ShouldBe((120 + OverheadGb) / 256 * 100, 1e-3);
        fits.CpuUsedPercent.ShouldBe(40_000.0 / 96_000 * 100, 1e-9);
        fits.Admitted.ShouldBeTrue();
        over.RamUsedPercent.ShouldBe((128 + OverheadGb) / 256 * 100, 1e-3);
        over.Admitted.ShouldBeFalse();
    }

    [Fact]
    public void The_cluster_resource_percentage_counts_reservations_against_the_percentage_kept()
    {
        var answer = Admission(Reserving(8000, 24, 24), new AdmissionControl(AdmissionPolicyKind.ClusterResourcePercentage, CpuPercent: 60, RamPercent: 50, Basis: AdmissionBasis.Reservations));

        // CPU 41.7 % used but only 40 % may be with 60 % kept: not admitted.
        answer.Admitted.ShouldBeFalse();
        answer.Explanation.ShouldContain("CPU 41.7 % used of 40 % allowed");
    }

    [Fact]
    public void With_no_reservations_the_slot_is_32_mhz_and_the_largest_overhead_so_memory_gives_450_slots_a_host()
    {
        var slots = Admission(ClusterCapacity(), new AdmissionControl(AdmissionPolicyKind.SlotPolicy, Basis: AdmissionBasis.Reservations)).Slots!;

        // Slot 32 MHz / 291.03 MB: CPU allows 48,000 / 32 = 1,500, memory 128 GB / 0.2842 GB = 450.4, so 450 a host;
        // 900 in all, 450 kept for one host failure, 5 used, 445 free.
        slots.SlotCpuMhz.ShouldBe(32);
        slots.SlotVcpu.ShouldBeNull();
        slots.SlotRamGb.ShouldBe(291.03 / 1024, 1e-4);
        (slots.TotalSlots, slots.SlotsKeptForFailover, slots.UsedSlots, slots.FreeSlots).ShouldBe((900, 450, 5, 445));
    }

    [Fact]
    public void One_vm_reserving_16000_mhz_and_32_gb_sizes_every_slot_so_only_3_fit_a_host_and_5_vms_do_not_fit_in_3()
    {
        var state = ClusterCapacity() with
        {
            Vms = [.. ClusterCapacity().Vms.Select(vm => vm.Name == "vm3" ? vm with { CpuReservationMhz = 16_000, MemoryReservationGb = 32 } : vm)],
        };

        var answer = Admission(state, new AdmissionControl(AdmissionPolicyKind.SlotPolicy, Basis: AdmissionBasis.Reservations));

        // 48,000 / 16,000 = 3 and 128 / 32.284 = 3.96: 3 slots a host, 6 in all, 3 kept, 5 used: 2 short.
        (answer.Slots!.TotalSlots, answer.Slots.SlotsKeptForFailover, answer.Slots.FreeSlots).ShouldBe((6, 3, -2));
        answer.Admitted.ShouldBeFalse();
    }

    [Fact]
    public void A_dedicated_failover_host_must_stand_empty()
    {
        var policy = new AdmissionControl(AdmissionPolicyKind.DedicatedFailoverHosts, Basis: AdmissionBasis.Reservations, FailoverHosts: ["host2"]);
        var empty = ClusterCapacity() with { Vms = [.. ClusterCapacity().Vms.Select(vm => vm with { Host = "host1" })] };

        var busy = FailoverAnalyzer.Analyze(ClusterCapacity(), new FailoverQuestion(["host1"], policy)).Admission!;
        var standing = FailoverAnalyzer.Analyze(empty with { Hosts = [Host("host1", cores: 40, ramGb: 256), Host("host2")] }, new FailoverQuestion(["host1"], policy)).Admission!;

        busy.Admitted.ShouldBeFalse();
        busy.Explanation.ShouldContain("must stand empty but run vm4, vm5");
        standing.Admitted.ShouldBeTrue();
        // host2 is 48,000 of 144,000 MHz: 33.3 % of the CPU stands by.
        standing.CpuReservedPercent.ShouldBe(100.0 / 3, 1e-9);
    }
}
