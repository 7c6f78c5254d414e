namespace InfraDesigner.Simulation.Tests.Reachability.Kernel;

/// <summary>A TCP connect to probe: from a device to an address and port.</summary>
public sealed record KernelFlow(string Source, string DestinationAddress, int Port)
{
    public override string ToString() => $"{Source} -> {DestinationAddress}:{Port}";
}
