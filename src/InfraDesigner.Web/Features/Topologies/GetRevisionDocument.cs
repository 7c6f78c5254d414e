using InfraDesigner.Web.Accounts;
using InfraDesigner.Data.Store;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Topologies;

/// <summary>The document of one saved version (read-only), or null when there is no such version.</summary>
public sealed record GetRevisionDocument(Guid Id, int Number) : IRequest<string?>, ITopologyRequest
{
    Guid ITopologyRequest.TopologyId => Id;

    internal sealed class Handler(TopologyStore store) : IRequestHandler<GetRevisionDocument, string?>
    {
        public ValueTask<string?> Handle(GetRevisionDocument request, CancellationToken cancellationToken) =>
            new(store.GetRevisionDocumentAsync(request.Id, request.Number, cancellationToken));
    }
}
