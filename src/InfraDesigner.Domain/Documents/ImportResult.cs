using System.Diagnostics.CodeAnalysis;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Domain.Validation;

namespace InfraDesigner.Domain.Documents;

/// <summary>Either an imported topology (with any warnings) or the problems that rejected the document.</summary>
public sealed record ImportResult
{
    private ImportResult(Topology? topology, EquatableArray<Problem> problems)
    {
        Topology = topology;
        Problems = problems;
    }

    public Topology? Topology { get; }

    public EquatableArray<Problem> Problems { get; }

    [MemberNotNullWhen(true, nameof(Topology))]
    public bool Succeeded => Topology is not null;

    public IEnumerable<Problem> Errors => Problems.Where(problem => problem.IsError);

    public static ImportResult Success(Topology topology, EquatableArray<Problem> warnings) => new(topology, warnings);

    public static ImportResult Failure(EquatableArray<Problem> problems) => new(null, problems);

    public static ImportResult Failure(Problem problem) => new(null, [problem]);
}
