namespace InfraDesigner.Simulation.Reachability.Model;

public sealed record AnyAddress : AddressMatch
{
    public override string ToString() => "any";
}
