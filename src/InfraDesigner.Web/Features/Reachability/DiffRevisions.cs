using InfraDesigner.Web.Accounts;
using InfraDesigner.Data.Store;
using InfraDesigner.Simulation.Reachability.Diff;
using InfraDesigner.Web.Features.Topologies;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Reachability;

/// <summary>Flows gained and lost between two saved versions (either may be "current"); null when either does not exist.</summary>
public sealed record DiffRevisions(Guid Id, string? From, string? To) : IRequest<DiffView?>, IBudgetedRun, ITopologyRequest
{
    Guid ITopologyRequest.TopologyId => Id;

    string IBudgetedRun.SizeField => "from";
    string IBudgetedRun.Remedy => "the versions are too large to compare every flow";

    internal sealed class Handler(TopologyStore store, TopologyModels models) : IRequestHandler<DiffRevisions, DiffView?>
    {
        public async ValueTask<DiffView?> Handle(DiffRevisions request, CancellationToken cancellationToken)
        {
            ReachabilityQuestions.Require(request.From, "from");
            var to = string.IsNullOrWhiteSpace(request.To) ? TopologySnapshots.Current : request.To;
            var before = await TopologySnapshots.RevisionAsync(store, models, request.Id, request.From!, "from", cancellationToken);
            var after = await TopologySnapshots.RevisionAsync(store, models, request.Id, to, "to", cancellationToken);
            if (before is null || after is null)
                return null;
            var diff = DiffAnalyzer.Analyze(before, after, cancellationToken: cancellationToken);
            return new DiffView(request.From!, to, diff.Gained.Select(FlowChangeView.Of).ToArray(), diff.Lost.Select(FlowChangeView.Of).ToArray(), diff.Checked);
        }
    }
}
