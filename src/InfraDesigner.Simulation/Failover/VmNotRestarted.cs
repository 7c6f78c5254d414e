using InfraDesigner.Simulation.Placement;

namespace InfraDesigner.Simulation.Failover;

/// <summary>A VM that stays down, why, and (when capacity or rules stop it) the reason per surviving host.</summary>
public sealed record VmNotRestarted(
    string Vm,
    string FromHost,
    RestartPriority Priority,
    PlacementBlock MostCommonBlock,
    string Reason,
    IReadOnlyList<HostBlock> Blocks);
