using InfraDesigner.Web.Accounts;
using InfraDesigner.Data;
using InfraDesigner.Web.Mediation;
using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Web.Features.Topologies;

/// <summary>One topology's summary, or null when there is none with that id.</summary>
public sealed record GetTopology(Guid Id) : IRequest<TopologySummary?>, ITopologyRequest
{
    Guid ITopologyRequest.TopologyId => Id;

    internal sealed class Handler(IDbContextFactory<AppDbContext> dbFactory) : IRequestHandler<GetTopology, TopologySummary?>
    {
        public async ValueTask<TopologySummary?> Handle(GetTopology request, CancellationToken cancellationToken)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            return await db.Topologies.AsNoTracking()
                .Where(t => t.Id == request.Id)
                .Select(t => new TopologySummary(t.Id, t.Name, t.Description, t.CreatedAt, t.UpdatedAt))
                .SingleOrDefaultAsync(cancellationToken);
        }
    }
}
