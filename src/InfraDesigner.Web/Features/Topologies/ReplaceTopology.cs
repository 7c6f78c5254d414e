using InfraDesigner.Data.Store;
using InfraDesigner.Domain.Documents;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Topologies;

/// <summary>Replaces a topology's whole document (PUT); answers false when there is no such topology.</summary>
public sealed record ReplaceTopology(Guid Id, string Json) : IRequest<bool>
{
    internal sealed class Handler(TopologyStore store) : IRequestHandler<ReplaceTopology, bool>
    {
        public async Task<bool> Handle(ReplaceTopology request, CancellationToken cancellationToken)
        {
            var imported = TopologyDocumentSerializer.Import(request.Json);
            if (!imported.Succeeded) throw ProblemErrors.Reject(imported.Problems);
            return await store.ReplaceAsync(request.Id, imported.Topology, cancellationToken) is not null;
        }
    }
}
