using System.Net;

namespace InfraDesigner.Simulation.Reachability.Model;

public sealed record SubnetAddress(IPNetwork Network) : AddressMatch
{
    public override string ToString() => Network.ToString();
}
