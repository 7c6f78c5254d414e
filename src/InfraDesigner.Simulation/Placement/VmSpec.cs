namespace InfraDesigner.Simulation.Placement;

/// <summary>
/// A VM: its provisioned size (what placement reserves), its current host (null = not placed),
/// how much of its vCPU and RAM it actually uses (0..1, what balancing sees), its HA restart
/// priority, its datastore, and its vSphere reservations (CPU in MHz, memory in GB; 0: none), which HA admission control counts.
/// </summary>
public sealed record VmSpec(
    string Name,
    int Vcpu,
    double RamGb,
    double DiskGb,
    string? Host = null,
    double CpuUtilization = 1,
    double RamUtilization = 1,
    RestartPriority RestartPriority = RestartPriority.Medium,
    string? Datastore = null,
    double CpuReservationMhz = 0,
    double MemoryReservationGb = 0);
