using InfraDesigner.Web.Accounts;
using InfraDesigner.Data.Store;
using InfraDesigner.Domain.Documents;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Topologies;

/// <summary>Stores a topology document (an import, or a POST to the API) as a new topology; a document with errors is refused whole.</summary>
public sealed record ImportTopology(string Json) : IRequest<Guid>
{
    internal sealed class Handler(TopologyStore store, CurrentUser user) : IRequestHandler<ImportTopology, Guid>
    {
        public ValueTask<Guid> Handle(ImportTopology request, CancellationToken cancellationToken)
        {
            var imported = TopologyDocumentSerializer.Import(request.Json);
            if (!imported.Succeeded) throw ProblemErrors.Reject(imported.Problems);
            return new(store.CreateAsync(imported.Topology, user.Id, user.Author, cancellationToken));
        }
    }
}
