using InfraDesigner.Domain;
using InfraDesigner.Domain.Validation;

namespace InfraDesigner.Simulation.Reachability.Compilation;

/// <summary>The topology has validation errors, so no forwarding model is built from it.</summary>
public sealed class TopologyCompilationException(EquatableArray<Problem> problems)
    : Exception($"The topology has errors and cannot be simulated: {string.Join("; ", problems.Where(p => p.IsError))}")
{
    public EquatableArray<Problem> Problems { get; } = problems;
}
