using InfraDesigner.Domain.Samples;
using InfraDesigner.Simulation.Capacity;
using InfraDesigner.Simulation.Compute;
using InfraDesigner.Simulation.Failover;
using InfraDesigner.Simulation.Placement;

namespace InfraDesigner.Simulation.Tests.Compute;

/// <summary>
/// Worked question 6 on the built-in `cluster-capacity` sample, through the adapter. By hand:
/// host1 and host2 have 20 cores (× 4 overcommit = 80 vCPU), 128 GB RAM (no overcommit), 960 GB disk.
/// host1 runs vm1 8/48, vm2 4/32, vm3 4/16 (vCPU/GB; 100 GB disk each on san1): 16 vCPU, 96 GB used,
/// so 64 vCPU, 32 GB free. host2 runs vm4 8/64, vm5 4/32: 12 vCPU, 96 GB used, so 68 vCPU, 32 GB free;
/// the 500 GB of disks are on san1, so both local disks are free. A 4-vCPU/16 GB/40 GB VM on local disk:
/// by CPU 16 and 17, by RAM 2 and 2, by disk 24 and 24, so 2 per host, 4 in all, and RAM binds. Best fit
/// puts both new VMs on host1 (the tighter host), which is then full of RAM.
/// If host1 fails, host2 has 32 GB free: vm1 (High, 48 GB) cannot restart, vm2 (Medium, 32 GB) restarts
/// on host2 and fills it, vm3 (Low, 16 GB) cannot: RAM binds for both. HA's one-host-failure admission
/// control keeps half the cluster free: counted on reservations, as vSphere does, the VMs reserve none (32 MHz
/// each and their memory overhead), so the cluster is admitted; in the provisioned view 192 of 256 GB are used,
/// so it is not.
/// </summary>
public class ClusterCapacityGoldenTests
{
    private static readonly ClusterState Cluster =
        ClusterStateBuilder.From(SampleTopologies.ClusterCapacity.Topology, "cluster1");

    [Fact]
    public void The_adapter_reads_both_hosts_all_five_vms_and_the_4_to_1_cpu_overcommit()
    {
        Cluster.Hosts.Select(h => (h.Name, h.Cores, h.RamGb)).ShouldBe([("host1", 20, 128.0), ("host2", 20, 128.0)]);
        Cluster.Vms.Select(v => $"{v.Name} {v.Vcpu}/{v.RamGb} {v.Host} {v.RestartPriority}").ShouldBe(
        [
            "vm1 8/48 host1 High", "vm2 4/32 host1 Medium", "vm3 4/16 host1 Low", "vm4 8/64 host2 High", "vm5 4/32 host2 Medium",
        ]);
        Cluster.EffectivePolicy.ShouldBe(new OvercommitPolicy(4, 1, 0));
    }

    [Fact]
    public void Two_more_4_vcpu_16_gb_vms_fit_both_on_host1_and_ram_binds()
    {
        var answer = CapacityAnalyzer.Analyze(Cluster, new CapacityQuestion(new VmSize(4, 16, 40), Requested: 2));

        answer.TotalFits.ShouldBe(4);
        answer.ClusterBinding.ShouldBe(Resource.Ram);
        answer.Hosts.Select(h => (h.Host, h.Fits, h.Binding, h.FitsByCpu, h.FitsByRam, h.FitsByDisk)).ShouldBe(
        [
            ("host1", 2, PlacementBlock.Ram, (int?)16, (int?)2, (int?)24),
            ("host2", 2, PlacementBlock.Ram, (int?)17, (int?)2, (int?)24),
        ]);
        answer.CanFitRequested.ShouldBeTrue();
        answer.Requested!.Assignments.Select(a => (a.Vm, a.Host)).ShouldBe([("new-vm-1", "host1"), ("new-vm-2", "host1")]);
        answer.Requested.Hosts.Single(h => h.Host == "host1").Ram.Free.ShouldBe(0);
    }

    /// <summary>
    /// With what the REST question assumes by default: the disks on san1 and vSphere's memory overhead. Each host keeps
    /// 4 GB; host1's VMs add 413.45 + 273.61 + 151.93 = 838.99 MB of overhead, so 124 − 96 − 0.819 = 27.18 GB is free, and a
    /// 4 vCPU/16 GB VM needs 16 + 151.93/1024 = 16.148 GB: 1 per host (host2: 124 − 96 − 0.791 = 27.21 GB).
    /// </summary>
    [Fact]
    public void With_the_disks_on_san1_and_vsphere_memory_overhead_one_vm_fits_per_host()
    {
        var cluster = ClusterStateBuilder.From(SampleTopologies.ClusterCapacity.Topology, "cluster1", overhead: MemoryOverhead.VSphere);

        var answer = CapacityAnalyzer.Analyze(cluster, new CapacityQuestion(new VmSize(4, 16, 40), Requested: 2, Datastore: "san1"));

        answer.Hosts.Select(h => (h.Fits, h.Binding, h.FitsByDisk)).ShouldBe([(1, PlacementBlock.Ram, (int?)null), (1, PlacementBlock.Ram, (int?)null)]);
        answer.Hosts[0].Headroom.Ram.Free.ShouldBe(27.1807, 1e-3);
        answer.Hosts[1].Headroom.Ram.Free.ShouldBe(27.2095, 1e-3);
        answer.Datastore.ShouldBe(new DatastoreCapacity("san1", 50_000, 500, 1237));
        answer.Requested!.Assignments.Select(a => a.Host).ShouldBe(["host1", "host2"]);
    }

    [Fact]
    public void A_third_and_fourth_vm_still_fit_but_a_fifth_does_not_for_lack_of_ram()
    {
        var answer = CapacityAnalyzer.Analyze(Cluster, new CapacityQuestion(new VmSize(4, 16, 40), Requested: 5));

        answer.CanFitRequested.ShouldBeFalse();
        answer.Requested!.Assignments.Count.ShouldBe(4);
        var unplaced = answer.Requested.Unplaced.ShouldHaveSingleItem();
        unplaced.MostCommonBlock.ShouldBe(PlacementBlock.Ram);
        unplaced.Blocks.Select(b => b.Block).ShouldBe([PlacementBlock.Ram, PlacementBlock.Ram]);
    }

    [Fact]
    public void If_host1_fails_vm2_restarts_on_host2_and_vm1_and_vm3_cannot_for_lack_of_ram()
    {
        var setup = FailoverSetupBuilder.From(SampleTopologies.ClusterCapacity.Topology, "cluster1", ["host1"]);

        var answer = FailoverAnalyzer.Analyze(setup.State, setup.Question);

        answer.Restarts.Select(r => (r.Vm, r.FromHost, r.ToHost)).ShouldBe([("vm2", "host1", "host2")]);
        answer.NotRestarted.Select(n => (n.Vm, n.Priority, n.MostCommonBlock)).ShouldBe(
        [
            ("vm1", RestartPriority.High, PlacementBlock.Ram),
            ("vm3", RestartPriority.Low, PlacementBlock.Ram),
        ]);
        answer.Hosts.Single(h => h.Host == "host2").Ram.Free.ShouldBe(0);
        answer.Admission!.Kind.ShouldBe(AdmissionPolicyKind.HostFailuresToTolerate);
        answer.Admission.Basis.ShouldBe(AdmissionBasis.Reservations);
        answer.Admission.Admitted.ShouldBeTrue();
        var provisioned = FailoverSetupBuilder.From(SampleTopologies.ClusterCapacity.Topology, "cluster1", ["host1"], AdmissionBasis.Provisioned);
        FailoverAnalyzer.Analyze(provisioned.State, provisioned.Question).Admission!.Admitted.ShouldBeFalse();
    }

    [Fact]
    public void If_host2_fails_vm5_restarts_on_host1_and_vm4_cannot()
    {
        var answer = FailoverAnalyzer.Analyze(Cluster, new FailoverQuestion(["host2"]));

        answer.Restarts.Select(r => (r.Vm, r.ToHost)).ShouldBe([("vm5", "host1")]);
        answer.NotRestarted.Select(n => n.Vm).ShouldBe(["vm4"]);
    }
}
