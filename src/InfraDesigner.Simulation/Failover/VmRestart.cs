using InfraDesigner.Simulation.Placement;

namespace InfraDesigner.Simulation.Failover;

/// <summary>A VM that HA restarts, in the order it restarts.</summary>
public sealed record VmRestart(int Order, string Vm, string FromHost, string ToHost, RestartPriority Priority);
