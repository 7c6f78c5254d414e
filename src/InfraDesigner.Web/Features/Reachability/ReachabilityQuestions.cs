using InfraDesigner.Simulation.Reachability;
using InfraDesigner.Simulation.Reachability.Ask;
using InfraDesigner.Simulation.Reachability.Fixes;
using InfraDesigner.Simulation.Reachability.Tracing;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Reachability;

/// <summary>Answers a trace question with its fixes; a name the topology does not have is the asker's mistake (a 400).</summary>
internal static class ReachabilityQuestions
{
    public static ReachabilityAnswer Answer(NetworkSnapshot snapshot, TraceQuestion question, string field, CancellationToken cancellationToken)
    {
        try
        {
            return ReachabilityAnswer.Of(WhyNotAnalyzer.Analyze(snapshot, question, cancellationToken));
        }
        catch (ArgumentException unknown)
        {
            throw TopologySnapshots.Invalid(field, WithSuggestion(snapshot, question, unknown.Message));
        }
    }

    // The asker typed a name; the Ask parser knows how to say "did you mean".
    private static string WithSuggestion(NetworkSnapshot snapshot, TraceQuestion question, string message)
    {
        var port = question.Port is { } p ? $" on port {p}" : "";
        var asked = AskAnalyzer.Analyze(snapshot, $"can {question.Source} reach {question.Destination}{port}?");
        return asked.Error ?? message;
    }

    public static void Require(string? value, string field)
    {
        if (ReachabilityRules.Required(field, value).ToList() is [_, ..] missing)
            throw new RequestValidationException(missing);
    }
}
