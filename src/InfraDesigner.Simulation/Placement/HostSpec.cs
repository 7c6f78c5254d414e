namespace InfraDesigner.Simulation.Placement;

/// <summary>A physical host as the compute engines see it.</summary>
public sealed record HostSpec(
    string Name,
    int Cores,
    double CpuGhz,
    double RamGb,
    double DiskGb,
    bool Maintenance = false,
    string CpuModel = "");
