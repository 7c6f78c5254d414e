using InfraDesigner.Domain.Addressing;
using InfraDesigner.Domain.Compute;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Services;
using InfraDesigner.Domain.Storage;
using InfraDesigner.Domain.Topologies;
using static InfraDesigner.Domain.Samples.SampleKit;

namespace InfraDesigner.Domain.Samples;

public static partial class SampleTopologies
{
    /// <summary>Question 5: NAS share1 opened to the IPs of vm-new1 and vm-new2 only.</summary>
    public static SampleTopology NasShare { get; } = new(
        "nas-share",
        "A NAS share opened to two VMs",
        "NAS nas exports share1 over NFS (tcp 2049) to the IPs of vm-new1 and vm-new2. vm1..vm5 run on the same cluster and network, yet the share's access list refuses them.",
        BuildNasShare());

    private static Topology BuildNasShare()
    {
        string[] vms = ["vm1", "vm2", "vm3", "vm4", "vm5", "vm-new1", "vm-new2"];
        string[] addresses = ["10.60.10.11", "10.60.10.12", "10.60.10.13", "10.60.10.14", "10.60.10.15", "10.60.10.21", "10.60.10.22"];
        var elements = new List<Element>
        {
            new Cluster
            {
                Name = "cluster1",
                Hosts = ["host1", "host2"],
                SharedDatastores = ["san1"],
                Ha = new HaPolicy { Enabled = true, HostFailuresToTolerate = 1 },
                Canvas = At(0, 0) with { Width = 3 * ColumnWidth, Height = 3 * RowHeight },
            },
            Host("host1", 32, 256, "10.60.10.101/24", At(0, 0, "cluster1")),
            Host("host2", 32, 256, "10.60.10.102/24", At(1.5, 0, "cluster1")),
        };
        elements.AddRange(vms.Select((name, i) => new VirtualMachine
        {
            Name = name,
            TemplateName = "rhel-8",
            GuestOs = "RHEL 8",
            ClusterName = "cluster1",
            HostName = i % 2 == 0 ? "host1" : "host2",
            DatastoreName = "san1",
            Roles = [ApplicationRole.Batch],
            Interfaces = [Nic("eth0", $"{addresses[i]}/24", "10.60.10.1")],
            Canvas = At(i % 2 * 1.5, 1 + (i / 2 * 0.5), "cluster1") with { Height = 40 },
        }));
        elements.Add(new StorageSystem
        {
            Name = "nas",
            Type = StorageType.Nas,
            Description = "NAS exporting share1 over NFS.",
            Interfaces = [Nic("eth0", "10.60.10.50/24", "10.60.10.1", purpose: InterfacePurpose.Storage)],
            Services = [StorageProtocols.ServiceOf(StorageProtocol.Nfs)],
            Roles = [ApplicationRole.Storage],
            Shares =
            [
                new Share
                {
                    Name = "share1",
                    Protocol = StorageProtocol.Nfs,
                    Path = "/export/share1",
                    Acl =
                    [
                        new ShareAccessEntry { Principal = SharePrincipal.ForSubnet(Ipv4Cidr.Parse("10.60.10.21/32")), Access = ShareAccess.ReadWrite },
                        new ShareAccessEntry { Principal = SharePrincipal.ForSubnet(Ipv4Cidr.Parse("10.60.10.22/32")), Access = ShareAccess.ReadWrite },
                    ],
                },
            ],
            Canvas = At(4, 0),
        });
        elements.Add(San("san1", "10.60.10.60/24", At(4, 2)));
        elements.Add(new Router { Name = "router", Interfaces = [Nic("ge0", "10.60.10.1/24")], Canvas = At(4, 3) });
        var ports = new List<string> { "host1", "host2" };
        ports.AddRange(vms);
        ports.AddRange(["nas", "san1", "router"]);
        elements.Add(new Switch { Name = "sw1", Interfaces = AccessPorts([.. ports.Select(_ => 60)]), Canvas = At(3, 1.5) });
        return new Topology
        {
            Name = "nas-share",
            Description = "NFS share ACL by IP: being on the cluster is not enough.",
            Zones = [Zone("datacentre", 80, "#4f86c6", 0, 5, 4, "10.60.10.0/24").AsStripBelow(4.3)],
            Vlans = [Vlan(60, "servers", "datacentre", "10.60.10.0/24")],
            Templates = [Rhel8],
            Elements = elements.ToEquatableArray(),
            Links = ports.Select((name, i) => Cable(name, name.StartsWith("host") ? "vmnic0" : name == "router" ? "ge0" : "eth0", "sw1", $"ge{i + 1}")).ToEquatableArray(),
        };
    }

    private static VmTemplate Rhel8 => new() { Name = "rhel-8", Os = "RHEL 8", VCpu = 2, RamGb = 4, DiskGb = 40 };

    private static PhysicalHost Host(string name, int cores, double ramGb, string managementCidr, CanvasInfo canvas, params NetworkInterface[] more) => new()
    {
        Name = name,
        Cores = cores,
        CpuGhz = 2.4,
        RamGb = ramGb,
        DiskGb = 960,
        Hypervisor = HypervisorProduct.Esxi,
        CpuModel = "Intel Xeon Gold 6248",
        CpuFamily = "cascade-lake",
        ClusterName = "cluster1",
        Interfaces = [Nic("vmnic0", managementCidr, purpose: InterfacePurpose.Management), .. more],
        Canvas = canvas,
    };
}
