using System.Net;

namespace InfraDesigner.Simulation.Reachability.Model;

/// <summary>
/// One interface of a device. L3 interfaces have an address; switch interfaces have a <see cref="SwitchPort"/>.
/// <see cref="VlanTag"/> marks a tagged sub-interface (router on a stick) that joins a trunk's VLAN.
/// </summary>
public sealed record NetworkInterface(
    string Name,
    IPAddress? Address = null,
    int PrefixLength = 0,
    IPAddress? Gateway = null,
    string? Zone = null,
    SwitchPort? Port = null,
    int? VlanTag = null)
{
    public IPNetwork? Subnet => Address is null
        ? null
        : new IPNetwork(Ipv4.ToAddress(Ipv4.ToUInt(Address) & Ipv4.MaskOf(PrefixLength)), PrefixLength);
}
