using InfraDesigner.Domain.Compute;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;
using static InfraDesigner.Domain.Samples.SampleKit;

namespace InfraDesigner.Domain.Samples;

public static partial class SampleTopologies
{
    /// <summary>Question 3: one switch, two VLANs, no router.</summary>
    public static SampleTopology Vlans { get; } = new(
        "vlans",
        "Two VLANs on one switch",
        "Switch sw1 carries VLAN 10 (business: PC1, PC2) and VLAN 20 (operations: PC3, PC4). Without a router PC1 reaches PC2 but not PC3. Ports ge5 (VLAN 10) and ge6 (VLAN 20) are free for a router; then give the PCs gateways.",
        new Topology
        {
            Name = "vlans",
            Description = "One switch, VLAN 10 business and VLAN 20 operations, no router yet.",
            Zones =
            [
                Zone("business", 60, "#4f86c6", 0, 2, 2, "192.168.10.0/24"),
                Zone("operations", 70, "#f0ad4e", 3, 2, 2, "192.168.20.0/24"),
            ],
            Vlans = [Vlan(10, "business", "business", "192.168.10.0/24"), Vlan(20, "operations", "operations", "192.168.20.0/24")],
            Elements =
            [
                Pc("PC1", "192.168.10.11/24", 0, 0, "business"),
                Pc("PC2", "192.168.10.12/24", 1, 0, "business"),
                new Switch
                {
                    Name = "sw1",
                    Description = "Access switch; ge5 and ge6 are spare ports for a router.",
                    Interfaces = AccessPorts(10, 10, 20, 20, 10, 20),
                    Canvas = At(2, 1),
                },
                Pc("PC3", "192.168.20.13/24", 3, 0, "operations"),
                Pc("PC4", "192.168.20.14/24", 4, 0, "operations"),
            ],
            Links =
            [
                Cable("PC1", "eth0", "sw1", "ge1"),
                Cable("PC2", "eth0", "sw1", "ge2"),
                Cable("PC3", "eth0", "sw1", "ge3"),
                Cable("PC4", "eth0", "sw1", "ge4"),
            ],
        });

    private static Client Pc(string name, string cidr, double column, double row, string zone) => new()
    {
        Name = name,
        Description = $"Office PC in the {zone} network.",
        Interfaces = [Nic("eth0", cidr)],
        Canvas = At(column, row, zone),
    };
}
