using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Compilation;

/// <summary>A device and the alias interfaces (a VIP on top of a real NIC) that must share the real NIC's cables.</summary>
internal sealed record CompiledElement(Device Device, IReadOnlyList<(string Alias, string Of)> Aliases);
