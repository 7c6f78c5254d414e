using InfraDesigner.Web.Accounts;
using InfraDesigner.Web.Features.Topologies;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Reachability;

/// <summary>Checks every intent of the stored topology (what must and must not reach what); null when there is no such topology.</summary>
public sealed record CheckIntents(Guid Id) : IRequest<IReadOnlyList<IntentResult>?>, IBudgetedRun, ITopologyRequest
{
    Guid ITopologyRequest.TopologyId => Id;

    string IBudgetedRun.SizeField => "intents";
    string IBudgetedRun.Remedy => "keep fewer intents";

    internal sealed class Handler(TopologyModels models) : IRequestHandler<CheckIntents, IReadOnlyList<IntentResult>?>
    {
        public async ValueTask<IReadOnlyList<IntentResult>?> Handle(CheckIntents request, CancellationToken cancellationToken)
        {
            if (await models.OpenAsync(request.Id, cancellationToken) is not { } opened)
                return null;
            if (opened.Topology.Intents.Count == 0)
                return [];
            return IntentChecker.Check(opened.Topology, (await TopologySnapshots.CurrentAsync(models, request.Id, cancellationToken))!, cancellationToken);
        }
    }
}
