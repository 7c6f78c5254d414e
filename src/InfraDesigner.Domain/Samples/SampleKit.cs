using InfraDesigner.Domain.Addressing;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Storage;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Domain.Samples;

/// <summary>Short builders shared by the samples and the synthetic data centre.</summary>
internal static class SampleKit
{
    public const double ColumnWidth = 180;
    public const double RowHeight = 110;

    /// <summary>Width of a node box: a column less the gap, room for facts such as "VIP 198.51.100.10:443".</summary>
    public const double NodeWidth = ColumnWidth - 20;

    public static NetworkInterface Nic(string name, string cidr, string? gateway = null, string? zone = null, InterfacePurpose purpose = InterfacePurpose.Data) => new()
    {
        Name = name,
        Address = Ipv4Cidr.Parse(cidr),
        DefaultGateway = gateway is null ? null : Ipv4.Parse(gateway),
        ZoneName = zone,
        Purpose = purpose,
    };

    public static NetworkInterface AccessPort(string name, int vlan) => new() { Name = name, Switchport = Switchport.Access(vlan) };

    public static NetworkInterface TrunkPort(string name, IEnumerable<int> vlans) => new() { Name = name, Switchport = Switchport.Trunk(vlans) };

    /// <summary>Ports ge1..geN of a switch, each an access port of the VLAN given for it.</summary>
    public static EquatableArray<NetworkInterface> AccessPorts(params int[] vlans) =>
        vlans.Select((vlan, i) => AccessPort($"ge{i + 1}", vlan)).ToEquatableArray();

    public static Link Cable(string elementA, string interfaceA, string elementB, string interfaceB, int? speedMbps = null) =>
        Link.Between(elementA, interfaceA, elementB, interfaceB, speedMbps);

    /// <summary>A canvas cell: column and row of a grid, inside an optional zone or cluster.</summary>
    public static CanvasInfo At(double column, double row, string? parent = null) => new()
    {
        X = 20 + (column * ColumnWidth),
        Y = 60 + (row * RowHeight),
        Width = NodeWidth,
        ParentName = parent,
    };

    public static Vlan Vlan(int id, string name, string zone, string subnet) =>
        new() { Id = id, Name = name, ZoneName = zone, Subnet = Ipv4Cidr.Parse(subnet) };

    /// <summary>A zone drawn as a column band starting at <paramref name="column"/>, <paramref name="columns"/> wide.</summary>
    public static NetworkZone Zone(string name, int trust, string colour, double column, double columns, double rows, params string[] subnets) => new()
    {
        Name = name,
        TrustLevel = trust,
        Colour = colour,
        Subnets = subnets.Select(Ipv4Cidr.Parse).ToEquatableArray(),
        Canvas = new CanvasInfo
        {
            X = column * ColumnWidth,
            Y = 20,
            Width = columns * ColumnWidth,
            Height = (rows * RowHeight) + 60,
            Colour = colour,
        },
    };

    /// <summary>
    /// The zone drawn as a labelled strip under the drawing at <paramref name="row"/>, clear of the boxes:
    /// for a zone whose elements are in it by subnet, not drawn inside its frame.
    /// </summary>
    public static NetworkZone AsStripBelow(this NetworkZone zone, double row) =>
        zone with { Canvas = zone.Canvas with { Y = 60 + (row * RowHeight), Height = 50 } };

    public static StorageSystem San(string name, string cidr, CanvasInfo canvas) => new()
    {
        Name = name,
        Type = StorageType.San,
        CapacityGb = 50_000,
        Description = "Shared SAN datastore (iSCSI) mounted by every host of the cluster.",
        Interfaces = [Nic("eth0", cidr, purpose: InterfacePurpose.Storage)],
        Services = [StorageProtocols.ServiceOf(StorageProtocol.Iscsi)],
        Roles = [Services.ApplicationRole.Storage],
        Canvas = canvas,
    };
}
