using InfraDesigner.Data.Entities;
using InfraDesigner.Web.Accounts;
using InfraDesigner.Data.Store;
using InfraDesigner.Domain.Documents;
using InfraDesigner.Web.Features.Editing;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Topologies;

/// <summary>Replaces a topology's whole document (PUT) and tells the editors open on it; answers false when there is no such topology.</summary>
public sealed record ReplaceTopology(Guid Id, string Json) : IRequest<bool>, ITopologyRequest
{
    Guid ITopologyRequest.TopologyId => Id;
    TopologyAccess ITopologyRequest.Needs => TopologyAccess.Editor;

    internal sealed class Handler(TopologyStore store, TopologyBroadcaster broadcaster, CurrentUser user) : IRequestHandler<ReplaceTopology, bool>
    {
        public async ValueTask<bool> Handle(ReplaceTopology request, CancellationToken cancellationToken)
        {
            var imported = TopologyDocumentSerializer.Import(request.Json);
            if (!imported.Succeeded) throw ProblemErrors.Reject(imported.Problems);
            if (await store.ReplaceAsync(request.Id, imported.Topology, user.Author, cancellationToken) is null) return false;
            await broadcaster.PublishAsync(TopologyChangeNotice.Whole(request.Id, "The topology was replaced by another user."));
            return true;
        }
    }
}
