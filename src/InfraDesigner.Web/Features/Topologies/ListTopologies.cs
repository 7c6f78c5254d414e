using InfraDesigner.Data;
using InfraDesigner.Web.Mediation;
using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Web.Features.Topologies;

/// <summary>All stored topologies, most recently changed first.</summary>
public sealed record ListTopologies : IRequest<IReadOnlyList<TopologySummary>>
{
    internal sealed class Handler(IDbContextFactory<AppDbContext> dbFactory) : IRequestHandler<ListTopologies, IReadOnlyList<TopologySummary>>
    {
        public async ValueTask<IReadOnlyList<TopologySummary>> Handle(ListTopologies request, CancellationToken cancellationToken)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            return await db.Topologies.AsNoTracking()
                .OrderByDescending(t => t.UpdatedAt).ThenBy(t => t.Name)
                .Select(t => new TopologySummary(t.Id, t.Name, t.Description, t.CreatedAt, t.UpdatedAt))
                .ToListAsync(cancellationToken);
        }
    }
}
