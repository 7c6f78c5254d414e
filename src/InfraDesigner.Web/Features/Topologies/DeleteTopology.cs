using InfraDesigner.Data;
using InfraDesigner.Web.Mediation;
using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Web.Features.Topologies;

/// <summary>Deletes a topology; answers whether there was one to delete.</summary>
public sealed record DeleteTopology(Guid Id) : IRequest<bool>
{
    internal sealed class Handler(IDbContextFactory<AppDbContext> dbFactory) : IRequestHandler<DeleteTopology, bool>
    {
        public async Task<bool> Handle(DeleteTopology request, CancellationToken cancellationToken)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            return await db.Topologies.Where(t => t.Id == request.Id).ExecuteDeleteAsync(cancellationToken) > 0;
        }
    }
}
