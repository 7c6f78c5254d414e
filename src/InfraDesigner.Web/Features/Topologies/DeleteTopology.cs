using InfraDesigner.Data.Entities;
using InfraDesigner.Web.Accounts;
using InfraDesigner.Data.Store;
using InfraDesigner.Web.Features.Editing;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Topologies;

/// <summary>Deletes a topology and tells the editors open on it; answers whether there was one to delete.</summary>
public sealed record DeleteTopology(Guid Id) : IRequest<bool>, ITopologyRequest
{
    Guid ITopologyRequest.TopologyId => Id;
    TopologyAccess ITopologyRequest.Needs => TopologyAccess.Owner;

    internal sealed class Handler(TopologyStore store, TopologyBroadcaster broadcaster, CurrentUser user) : IRequestHandler<DeleteTopology, bool>
    {
        public async ValueTask<bool> Handle(DeleteTopology request, CancellationToken cancellationToken)
        {
            if (!await store.DeleteAsync(request.Id, user.Author, cancellationToken)) return false;
            await broadcaster.PublishAsync(TopologyChangeNotice.Whole(request.Id, "The topology was deleted by another user."));
            return true;
        }
    }
}
