namespace InfraDesigner.Simulation.Reachability.Model;

/// <summary>An inclusive destination port range.</summary>
public sealed record PortRange(int From, int To)
{
    public static PortRange Single(int port) => new(port, port);

    public bool Contains(int port) => port >= From && port <= To;

    public bool Covers(PortRange other) => From <= other.From && other.To <= To;

    public override string ToString() => From == To ? $"{From}" : $"{From}-{To}";
}
