using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Compiled;

/// <summary>A rule side reduced to integers: zone id, network + mask, or the addresses of a device.</summary>
internal sealed record CompiledMatch(AddressMatch Source, int Zone, uint Network, uint Mask, uint[] Addresses)
{
    public const int NoZone = -1;

    public bool IsZone => Source is ZoneAddress;

    /// <summary>True when nothing can ever match: an unknown zone or a device without addresses.</summary>
    public bool IsEmpty => Source switch
    {
        ZoneAddress => Zone == NoZone,
        DeviceAddress => Addresses.Length == 0,
        _ => false,
    };

    public bool Matches(int interfaceZone, uint address) => Source switch
    {
        AnyAddress => true,
        ZoneAddress => Zone == interfaceZone && Zone != NoZone,
        SubnetAddress => (address & Mask) == Network,
        _ => Array.IndexOf(Addresses, address) >= 0,
    };

    /// <summary>Conservative containment: true only when everything <paramref name="other"/> matches, this side matches too.</summary>
    public bool Covers(CompiledMatch other) => (Source, other.Source) switch
    {
        (AnyAddress, _) => true,
        (ZoneAddress, ZoneAddress) => Zone == other.Zone,
        (SubnetAddress, SubnetAddress) => (other.Mask & Mask) == Mask && (other.Network & Mask) == Network,
        (SubnetAddress, DeviceAddress) => other.Addresses.All(a => (a & Mask) == Network),
        (DeviceAddress, DeviceAddress) => other.Addresses.All(a => Addresses.Contains(a)),
        _ => false,
    };
}
