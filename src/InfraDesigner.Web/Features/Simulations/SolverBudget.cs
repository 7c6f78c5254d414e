using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Simulations;

/// <summary>
/// The <c>timeBudgetSeconds</c> of a question with an exact (CP-SAT) option: positive, and at most half of the run's own
/// budget (<see cref="RunLimits.RunSeconds"/>), which also covers the heuristics that give the solver its start. Null: the engine's default.
/// </summary>
internal static class SolverBudget
{
    public const string Field = "timeBudgetSeconds";

    public static IEnumerable<FieldError> Validate(double? seconds, RunLimits limits) =>
    [
        .. SimulationRules.Positive(Field, seconds),
        .. SimulationRules.Between(Field, Math.Max(0, seconds ?? 0), 0, limits.RunSeconds / 2),
    ];

    public static TimeSpan? Of(double? seconds) => seconds is { } budget ? TimeSpan.FromSeconds(budget) : null;
}
