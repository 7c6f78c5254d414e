namespace InfraDesigner.Simulation.Reachability.Model;

/// <summary>Matches the zone of the firewall interface the packet enters (source) or leaves by (destination).</summary>
public sealed record ZoneAddress(string Zone) : AddressMatch
{
    public override string ToString() => $"zone {Zone}";
}
