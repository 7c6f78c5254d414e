namespace InfraDesigner.Simulation.Reachability.Model;

public sealed record DeviceAddress(string Device) : AddressMatch
{
    public override string ToString() => $"host {Device}";
}
