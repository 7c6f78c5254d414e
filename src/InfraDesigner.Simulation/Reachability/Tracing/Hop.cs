using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Tracing;

public sealed record Hop(string Device, DeviceKind Kind, IReadOnlyList<Step> Steps);
