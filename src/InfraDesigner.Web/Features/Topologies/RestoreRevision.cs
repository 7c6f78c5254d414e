using InfraDesigner.Data.Store;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Topologies;

/// <summary>Makes a saved version the current topology again; answers false when there is no such version.</summary>
public sealed record RestoreRevision(Guid Id, int Number) : IRequest<bool>
{
    internal sealed class Handler(TopologyStore store) : IRequestHandler<RestoreRevision, bool>
    {
        public async Task<bool> Handle(RestoreRevision request, CancellationToken cancellationToken)
        {
            return await store.RestoreRevisionAsync(request.Id, request.Number, cancellationToken) is not null;
        }
    }
}
