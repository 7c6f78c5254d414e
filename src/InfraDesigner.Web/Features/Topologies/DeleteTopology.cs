using InfraDesigner.Data.Entities;
using InfraDesigner.Web.Accounts;
using InfraDesigner.Data;
using InfraDesigner.Web.Features.Editing;
using InfraDesigner.Web.Mediation;
using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Web.Features.Topologies;

/// <summary>Deletes a topology and tells the editors open on it; answers whether there was one to delete.</summary>
public sealed record DeleteTopology(Guid Id) : IRequest<bool>, ITopologyRequest
{
    Guid ITopologyRequest.TopologyId => Id;
    TopologyAccess ITopologyRequest.Needs => TopologyAccess.Owner;

    internal sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, TopologyBroadcaster broadcaster) : IRequestHandler<DeleteTopology, bool>
    {
        public async ValueTask<bool> Handle(DeleteTopology request, CancellationToken cancellationToken)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            if (await db.Topologies.Where(t => t.Id == request.Id).ExecuteDeleteAsync(cancellationToken) == 0) return false;
            await broadcaster.PublishAsync(TopologyChangeNotice.Whole(request.Id, "The topology was deleted by another user."));
            return true;
        }
    }
}
