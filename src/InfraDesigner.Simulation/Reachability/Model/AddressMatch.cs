using System.Net;

namespace InfraDesigner.Simulation.Reachability.Model;

/// <summary>The source or destination side of a firewall rule.</summary>
public abstract record AddressMatch
{
    public static AddressMatch Any { get; } = new AnyAddress();

    public static AddressMatch OfZone(string zone) => new ZoneAddress(zone);

    public static AddressMatch OfSubnet(string cidr) => new SubnetAddress(IPNetwork.Parse(cidr));

    public static AddressMatch OfDevice(string device) => new DeviceAddress(device);
}
