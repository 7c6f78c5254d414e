using InfraDesigner.Web.Accounts;
using InfraDesigner.Data.Store;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Topologies;

/// <summary>A topology's saved versions, newest first; null when the asker may not see it.</summary>
public sealed record ListRevisions(Guid Id) : IRequest<IReadOnlyList<RevisionInfo>?>, ITopologyRequest
{
    Guid ITopologyRequest.TopologyId => Id;

    internal sealed class Handler(TopologyStore store) : IRequestHandler<ListRevisions, IReadOnlyList<RevisionInfo>?>
    {
        public async ValueTask<IReadOnlyList<RevisionInfo>?> Handle(ListRevisions request, CancellationToken cancellationToken) =>
            await store.ListRevisionsAsync(request.Id, cancellationToken);
    }
}
