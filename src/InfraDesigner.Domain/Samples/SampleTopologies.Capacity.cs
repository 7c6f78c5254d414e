using InfraDesigner.Domain.Compute;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Services;
using InfraDesigner.Domain.Topologies;
using static InfraDesigner.Domain.Samples.SampleKit;

namespace InfraDesigner.Domain.Samples;

public static partial class SampleTopologies
{
    /// <summary>Question 6: two 20-core / 128 GB hosts running 5 VMs.</summary>
    public static SampleTopology ClusterCapacity { get; } = new(
        "cluster-capacity",
        "How many more VMs fit, and what if a host fails?",
        "host1 and host2 (20 cores, 128 GB each; CPU overcommit 4:1, no RAM overcommit) run vm1..vm5. Can we add 2 more 4-vCPU/16 GB VMs, and on which host? What restarts where if host1 fails?",
        BuildClusterCapacity());

    /// <summary>Question 7: live-migrate vm-db from host1 to host2 over a 10 Gbit/s migration network.</summary>
    public static SampleTopology LiveMigration { get; } = new(
        "live-migration",
        "Live migration of a busy database VM",
        "vm-db (16 GB RAM, dirtying 200 MB/s) moves from host1 to host2 over a 10 Gbit/s migration network; disks stay on the shared datastore san1. Lower the migration links to 1 Gbit/s and it no longer converges.",
        BuildLiveMigration());

    private static Topology BuildClusterCapacity()
    {
        (string Name, int VCpu, double RamGb, string Host, RestartPriority Priority)[] vms =
        [
            ("vm1", 8, 48, "host1", RestartPriority.High),
            ("vm2", 4, 32, "host1", RestartPriority.Medium),
            ("vm3", 4, 16, "host1", RestartPriority.Low),
            ("vm4", 8, 64, "host2", RestartPriority.High),
            ("vm5", 4, 32, "host2", RestartPriority.Medium),
        ];
        var elements = new List<Element>
        {
            TwoHostCluster(cpuOvercommit: 4.0),
            Host("host1", 20, 128, "10.70.10.101/24", At(0, 0, "cluster1")),
            Host("host2", 20, 128, "10.70.10.102/24", At(2, 0, "cluster1")),
        };
        elements.AddRange(vms.Select((vm, i) => new VirtualMachine
        {
            Name = vm.Name,
            VCpu = vm.VCpu,
            RamGb = vm.RamGb,
            DiskGb = 100,
            TemplateName = "rhel-8",
            GuestOs = "RHEL 8",
            ClusterName = "cluster1",
            HostName = vm.Host,
            DatastoreName = "san1",
            RestartPriority = vm.Priority,
            Roles = [ApplicationRole.Api],
            Services = [ApplicationRoleCatalogue.Https],
            Interfaces = [Nic("eth0", $"10.70.10.{11 + i}/24")],
            Canvas = At(vm.Host == "host1" ? 0 : 2, 1 + (i % 3 * 0.5), "cluster1") with { Height = 40 },
        }));
        elements.Add(San("san1", "10.70.10.60/24", At(4, 0)));
        var ports = new List<string> { "host1", "host2" };
        ports.AddRange(vms.Select(vm => vm.Name));
        ports.Add("san1");
        elements.Add(new Switch { Name = "sw1", Interfaces = AccessPorts([.. ports.Select(_ => 70)]), Canvas = At(4, 2) });
        return new Topology
        {
            Name = "cluster-capacity",
            Description = "Capacity and HA failover of a two-host cluster.",
            Zones = [Zone("datacentre", 80, "#4f86c6", 0, 5, 4, "10.70.10.0/24").AsStripBelow(3.3)],
            Vlans = [Vlan(70, "servers", "datacentre", "10.70.10.0/24")],
            Templates = [Rhel8],
            Elements = elements.ToEquatableArray(),
            Links = ports.Select((name, i) => Cable(name, name.StartsWith("host") ? "vmnic0" : "eth0", "sw1", $"ge{i + 1}")).ToEquatableArray(),
        };
    }

    private static Topology BuildLiveMigration()
    {
        const int TenGigabit = 10_000;
        var elements = new List<Element>
        {
            TwoHostCluster(cpuOvercommit: 4.0),
            Host("host1", 20, 128, "10.80.10.101/24", At(0, 0, "cluster1"), MigrationNic("10.100.0.11/24"), StorageNic("10.200.0.11/24")),
            Host("host2", 20, 128, "10.80.10.102/24", At(2, 0, "cluster1"), MigrationNic("10.100.0.12/24"), StorageNic("10.200.0.12/24")),
            new VirtualMachine
            {
                Name = "vm-db",
                Description = "Busy PostgreSQL database: 16 GB RAM, dirtying 200 MB/s.",
                VCpu = 8,
                RamGb = 16,
                DiskGb = 500,
                TemplateName = "rhel-8",
                GuestOs = "RHEL 8",
                ClusterName = "cluster1",
                HostName = "host1",
                DatastoreName = "san1",
                RestartPriority = RestartPriority.Highest,
                DirtyRateMegabytesPerSecond = 200,
                CpuUtilisation = 0.6,
                RamUtilisation = 0.9,
                Roles = [ApplicationRole.Db],
                Services = ApplicationRoleCatalogue.DefaultServices(ApplicationRole.Db, DatabaseProduct.PostgreSql),
                Interfaces = [Nic("eth0", "10.80.10.20/24")],
                Canvas = At(0, 1, "cluster1"),
            },
            San("san1", "10.200.0.50/24", At(4, 0)),
            new Switch { Name = "sw1", Interfaces = AccessPorts(80, 80, 100, 100, 200, 200, 200, 80), Canvas = At(4, 2) },
        };
        return new Topology
        {
            Name = "live-migration",
            Description = "Pre-copy live migration over a dedicated 10 Gbit/s network with shared storage.",
            Zones = [Zone("datacentre", 80, "#4f86c6", 0, 5, 4, "10.80.10.0/24", "10.100.0.0/24", "10.200.0.0/24").AsStripBelow(3.3)],
            Vlans =
            [
                Vlan(80, "servers", "datacentre", "10.80.10.0/24"),
                Vlan(100, "migration", "datacentre", "10.100.0.0/24"),
                Vlan(200, "storage", "datacentre", "10.200.0.0/24"),
            ],
            Templates = [Rhel8],
            Elements = elements.ToEquatableArray(),
            Links =
            [
                Cable("host1", "vmnic0", "sw1", "ge1", TenGigabit),
                Cable("host2", "vmnic0", "sw1", "ge2", TenGigabit),
                Cable("host1", "vmk-migration", "sw1", "ge3", TenGigabit),
                Cable("host2", "vmk-migration", "sw1", "ge4", TenGigabit),
                Cable("host1", "vmk-storage", "sw1", "ge5", TenGigabit),
                Cable("host2", "vmk-storage", "sw1", "ge6", TenGigabit),
                Cable("san1", "eth0", "sw1", "ge7", TenGigabit),
                Cable("vm-db", "eth0", "sw1", "ge8", TenGigabit),
            ],
        };
    }

    private static Cluster TwoHostCluster(double cpuOvercommit) => new()
    {
        Name = "cluster1",
        Hosts = ["host1", "host2"],
        SharedDatastores = ["san1"],
        CpuOvercommitRatio = cpuOvercommit,
        RamOvercommitRatio = 1.0,
        ReservedHeadroomPercent = 0,
        Ha = new HaPolicy { Enabled = true, AdmissionControl = HaAdmissionControl.HostFailures, HostFailuresToTolerate = 1 },
        Canvas = At(0, 0) with { Width = 4 * ColumnWidth, Height = 3 * RowHeight },
    };

    private static NetworkInterface MigrationNic(string cidr) => Nic("vmk-migration", cidr, purpose: InterfacePurpose.Migration);

    private static NetworkInterface StorageNic(string cidr) => Nic("vmk-storage", cidr, purpose: InterfacePurpose.Storage);
}
