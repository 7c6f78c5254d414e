namespace InfraDesigner.Simulation.Compute;

/// <summary>Why a topology cannot answer a question: the field of the question at fault (e.g. "cluster", "failedHosts[1]") and the reason.</summary>
public sealed record ComputeProblem(string Path, string Message);
