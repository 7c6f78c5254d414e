namespace InfraDesigner.Simulation.Placement;

/// <summary>
/// How much a host may promise: vCPU per core, provisioned RAM per physical GB, and the
/// percentage of every resource kept free as headroom.
/// </summary>
public sealed record OvercommitPolicy(double CpuRatio = 1, double RamRatio = 1, double ReservedHeadroomPercent = 0)
{
    public static OvercommitPolicy None { get; } = new();
}
