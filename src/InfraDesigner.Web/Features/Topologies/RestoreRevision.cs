using InfraDesigner.Data.Entities;
using InfraDesigner.Web.Accounts;
using InfraDesigner.Data.Store;
using InfraDesigner.Web.Features.Editing;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Topologies;

/// <summary>
/// Makes a saved version the current topology again and tells the editors open on it; answers false
/// when there is no such version. <see cref="EditingSessionId"/>: the editor that asked, which reloads itself.
/// </summary>
public sealed record RestoreRevision(Guid Id, int Number, Guid? EditingSessionId = null) : IRequest<bool>, ITopologyRequest
{
    Guid ITopologyRequest.TopologyId => Id;
    TopologyAccess ITopologyRequest.Needs => TopologyAccess.Editor;

    internal sealed class Handler(TopologyStore store, TopologyBroadcaster broadcaster, CurrentUser user) : IRequestHandler<RestoreRevision, bool>
    {
        public async ValueTask<bool> Handle(RestoreRevision request, CancellationToken cancellationToken)
        {
            var revisions = await store.ListRevisionsAsync(request.Id, cancellationToken);
            if (revisions.FirstOrDefault(r => r.Number == request.Number) is not { } revision
                || await store.RestoreRevisionAsync(request.Id, request.Number, user.Author, cancellationToken) is null)
                return false;
            await broadcaster.PublishAsync(TopologyChangeNotice.Whole(request.Id,
                $"Version {revision.Number} \"{revision.Name}\" was restored by another user.", request.EditingSessionId));
            return true;
        }
    }
}
