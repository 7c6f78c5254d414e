using InfraDesigner.Simulation.Capacity;
using InfraDesigner.Simulation.Placement;
using static InfraDesigner.Simulation.Tests.Placement.Clusters;

namespace InfraDesigner.Simulation.Tests.Capacity;

/// <summary>
/// Disks on a SAN/NAS datastore are charged to the datastore, which caps the cluster; hosts that do not
/// mount it take none. Figures by hand: 4 vCPU/16 GB/100 GB VMs on 64-core/512 GB hosts with 200 GB local disk.
/// </summary>
public class SharedDatastoreCapacityTests
{
    private static readonly VmSize Size = new(4, 16, 100);

    private static ClusterState TwoHosts(double datastoreGb = 10_000, double usedElsewhereGb = 0, params string[] mounting) => new(
        [Host("h1", cores: 64, ramGb: 512, diskGb: 200), Host("h2", cores: 64, ramGb: 512, diskGb: 200)],
        [],
        Datastores: [new DatastoreSpec("san1", datastoreGb, mounting.Length > 0 ? mounting : ["h1", "h2"], usedElsewhereGb)]);

    [Fact]
    public void On_local_disk_200_gb_allows_2_per_host_but_on_the_san_cpu_allows_16_per_host()
    {
        var local = CapacityAnalyzer.Analyze(TwoHosts(), new CapacityQuestion(Size));
        var shared = CapacityAnalyzer.Analyze(TwoHosts(), new CapacityQuestion(Size, Datastore: "san1"));

        local.Hosts.Select(h => (h.Fits, h.Binding, h.FitsByDisk)).ShouldBe([(2, PlacementBlock.Disk, (int?)2), (2, PlacementBlock.Disk, (int?)2)]);
        local.ClusterBinding.ShouldBe(Resource.Disk);
        // 64 cores / 4 vCPU = 16, 512 GB / 16 GB = 32: CPU binds; the local disk is not charged, so it has no figure.
        shared.Hosts.Select(h => (h.Fits, h.Binding, h.FitsByCpu, h.FitsByRam, h.FitsByDisk)).Distinct()
            .ShouldHaveSingleItem().ShouldBe((16, PlacementBlock.Cpu, (int?)16, (int?)32, (int?)null));
        shared.TotalFits.ShouldBe(32);
        shared.Datastore!.Fits.ShouldBe(100);
    }

    [Fact]
    public void A_1000_gb_datastore_with_300_gb_used_by_another_cluster_holds_7_more_100_gb_disks_and_binds()
    {
        var state = TwoHosts(datastoreGb: 1000, usedElsewhereGb: 300);

        var answer = CapacityAnalyzer.Analyze(state, new CapacityQuestion(Size, Requested: 8, Datastore: "san1"));

        answer.TotalFits.ShouldBe(7);
        answer.ClusterBinding.ShouldBe(Resource.Datastore);
        answer.Datastore.ShouldBe(new DatastoreCapacity("san1", 1000, 300, 7));
        answer.Requested!.Assignments.Count.ShouldBe(7);
        var unplaced = answer.Requested.Unplaced.ShouldHaveSingleItem();
        unplaced.MostCommonBlock.ShouldBe(PlacementBlock.Datastore);
        unplaced.Blocks[0].Detail.ShouldBe("needs 100 GB on datastore 'san1', 0 of 1000 free");
    }

    [Fact]
    public void Vms_already_on_the_datastore_use_it_and_leave_the_local_disk_free()
    {
        var state = TwoHosts(datastoreGb: 1000) with { Vms = [Vm("db", 4, 16, "h1", diskGb: 500) with { Datastore = "san1" }] };

        var answer = CapacityAnalyzer.Analyze(state, new CapacityQuestion(Size, Datastore: "san1"));

        answer.Datastore!.UsedGb.ShouldBe(500);
        answer.TotalFits.ShouldBe(5);
        answer.Hosts[0].Headroom.Disk.Free.ShouldBe(200);
    }

    [Fact]
    public void A_host_that_does_not_mount_the_datastore_takes_none_of_its_vms()
    {
        var answer = CapacityAnalyzer.Analyze(TwoHosts(mounting: "h1"), new CapacityQuestion(Size, Requested: 1, Datastore: "san1"));

        answer.Hosts.Select(h => (h.Host, h.Fits, h.Binding)).ShouldBe([("h1", 16, PlacementBlock.Cpu), ("h2", 0, PlacementBlock.NoDatastoreAccess)]);
        answer.TotalFits.ShouldBe(16);
        answer.Requested!.Assignments.ShouldHaveSingleItem().Host.ShouldBe("h1");
    }

    [Fact]
    public void A_size_without_disk_has_no_disk_figure_instead_of_int_max()
    {
        var answer = CapacityAnalyzer.Analyze(TwoHosts(), new CapacityQuestion(new VmSize(4, 16, 0)));

        answer.Hosts.ShouldAllBe(h => h.FitsByDisk == null && h.Fits == 16);
        answer.ClusterBinding.ShouldBe(Resource.Cpu);
    }

    [Fact]
    public void The_answer_states_where_the_disks_go_and_the_overhead_it_counted()
    {
        var answer = CapacityAnalyzer.Analyze(TwoHosts(), new CapacityQuestion(Size, Datastore: "san1"));

        answer.Assumptions.ShouldContain("no hypervisor memory overhead");
        answer.Assumptions.ShouldContain("the new VMs' disks go to shared datastore 'san1' and only to hosts that mount it");
        answer.Explanation.ShouldContain("Datastore 'san1' has 10000 of 10000 GB free, room for 100 more disks.");
    }
}
