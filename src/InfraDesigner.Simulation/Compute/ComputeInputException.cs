namespace InfraDesigner.Simulation.Compute;

/// <summary>Thrown by the adapters when the topology does not hold what the question names.</summary>
public sealed class ComputeInputException(IReadOnlyList<ComputeProblem> problems)
    : Exception(string.Join("; ", problems.Select(p => $"{p.Path}: {p.Message}")))
{
    public ComputeInputException(string path, string message)
        : this([new ComputeProblem(path, message)])
    {
    }

    public IReadOnlyList<ComputeProblem> Problems { get; } = problems;
}
