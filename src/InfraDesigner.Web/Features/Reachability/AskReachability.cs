using InfraDesigner.Web.Accounts;
using System.Text.Json;
using InfraDesigner.Simulation.Reachability.Ask;
using InfraDesigner.Web.Features.Topologies;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Reachability;

/// <summary>
/// A question in English or Korean ("can app-a reach sap on port 3300?", "can PC1 reach PC2?", "what can reach sap?");
/// null when there is no topology with that id.
/// </summary>
public sealed record AskReachability(Guid Id, string? Question) : IRequest<AskAnswerView?>, IBudgetedRun, ITopologyRequest
{
    Guid ITopologyRequest.TopologyId => Id;

    string IBudgetedRun.SizeField => "question";
    string IBudgetedRun.Remedy => "ask about one flow, e.g. \"can web1 reach db1 on port 5432?\"";

    internal sealed class Handler(TopologyModels models) : IRequestHandler<AskReachability, AskAnswerView?>
    {
        public async ValueTask<AskAnswerView?> Handle(AskReachability request, CancellationToken cancellationToken)
        {
            ReachabilityQuestions.Require(request.Question, "question");
            if (await TopologySnapshots.CurrentAsync(models, request.Id, cancellationToken) is not { } snapshot)
                return null;
            var asked = AskAnalyzer.Analyze(snapshot, request.Question!, cancellationToken);
            if (asked.Error is { } error || asked.Parsed is null)
                throw TopologySnapshots.Invalid("question", asked.Error ?? "the question was not understood");
            var answer = asked.Answer is { } trace ? ReachabilityQuestions.Answer(snapshot, trace.Question, "question", cancellationToken) : null;
            return new AskAnswerView(
                request.Question!,
                JsonNamingPolicy.CamelCase.ConvertName(asked.Parsed.Kind.ToString()),
                QuestionView.Of(asked.Parsed),
                answer,
                asked.Services.Select(ServiceAnswerView.Of).ToArray());
        }
    }
}
