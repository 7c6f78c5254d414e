using InfraDesigner.Web.Accounts;
using InfraDesigner.Data.Store;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Topologies;

/// <summary>A topology's document as stored (the export format), or null when there is none with that id.</summary>
public sealed record GetTopologyDocument(Guid Id) : IRequest<StoredTopology?>, ITopologyRequest
{
    Guid ITopologyRequest.TopologyId => Id;

    internal sealed class Handler(TopologyStore store) : IRequestHandler<GetTopologyDocument, StoredTopology?>
    {
        public ValueTask<StoredTopology?> Handle(GetTopologyDocument request, CancellationToken cancellationToken) =>
            new(store.LoadAsync(request.Id, cancellationToken));
    }
}
