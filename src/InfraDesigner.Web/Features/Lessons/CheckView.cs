using InfraDesigner.Domain.Lessons;
using InfraDesigner.Domain.Lessons.Checks;
using InfraDesigner.Simulation.Exercises;
using InfraDesigner.Web.Features.Reachability;

namespace InfraDesigner.Web.Features.Lessons;

/// <summary>
/// One check of an exercise as the trainee sees it: holds or not, why, the hint, and for a reachability check the
/// question to ask in the Ask tab to see the trace.
/// </summary>
public sealed record CheckView(string Id, string Kind, string Title, bool Holds, string Summary, string? Hint, string? Question)
{
    public static CheckView Of(CheckResult result, Language language) => new(
        result.Check.Id,
        Kinds[result.Check.GetType()],
        result.Check.Title.In(language),
        result.Holds,
        result.Summary,
        result.Check.Hint?.In(language),
        result.Check is ReachCheck reach ? QuestionWords.CanReach(reach.From, reach.To, reach.Protocol, reach.Port) : null);

    private static readonly Dictionary<Type, string> Kinds = new()
    {
        [typeof(ReachCheck)] = "reach",
        [typeof(NoOpeningCheck)] = "no-opening",
        [typeof(SurvivesHostLossCheck)] = "survives-host-loss",
    };
}
