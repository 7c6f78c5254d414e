using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Matrix;

/// <summary>
/// The segmentation matrix over <see cref="Ports"/>: zone x zone by default, or element x element when
/// <see cref="Elements"/> is given.
/// </summary>
public sealed record MatrixQuestion(IReadOnlyList<int> Ports, Protocol Protocol = Protocol.Tcp, IReadOnlyList<string>? Elements = null);
