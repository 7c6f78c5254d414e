using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Web.Components.Canvas;

/// <summary>The colour of each VLAN on ports, links and the legend: one of a fixed, distinguishable set by VLAN id.</summary>
public static class VlanColours
{
    // Eleven colours: VLAN ids are often multiples of 10, and 10, 20 ... 110 then all differ.
    private static readonly string[] Colours = ["#2563eb", "#16a34a", "#d97706", "#db2777", "#7c3aed", "#0891b2", "#65a30d", "#dc2626", "#4f46e5", "#0d9488", "#ca8a04"];

    public static string Of(int vlan) => Colours[(vlan % Colours.Length + Colours.Length) % Colours.Length];

    /// <summary>The one VLAN an interface carries untagged (access VLAN or native VLAN), if any.</summary>
    public static int? VlanOf(NetworkInterface nic) => nic.Switchport switch
    {
        { Mode: SwitchportMode.Access, AccessVlan: { } access } => access,
        { NativeVlan: { } native } => native,
        _ => null,
    };

    /// <summary>The VLAN a cable carries: the access VLAN at either end.</summary>
    public static int? VlanOf(Topology topology, Link link) =>
        VlanAt(topology, link.A) ?? VlanAt(topology, link.B);

    private static int? VlanAt(Topology topology, LinkEndpoint end) =>
        topology.FindElement(end.Element)?.FindInterface(end.Interface) is { } nic ? VlanOf(nic) : null;
}
