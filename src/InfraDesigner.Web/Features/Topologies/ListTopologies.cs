using InfraDesigner.Web.Accounts;
using InfraDesigner.Data;
using InfraDesigner.Web.Mediation;
using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Web.Features.Topologies;

/// <summary>The stored topologies the current user may see (an admin: all), most recently changed first.</summary>
public sealed record ListTopologies : IRequest<IReadOnlyList<TopologySummary>>
{
    internal sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, TopologyAccessCheck access) : IRequestHandler<ListTopologies, IReadOnlyList<TopologySummary>>
    {
        public async ValueTask<IReadOnlyList<TopologySummary>> Handle(ListTopologies request, CancellationToken cancellationToken)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var topologies = db.Topologies.AsNoTracking();
            if (access.VisibleIds(db) is { } visible) topologies = topologies.Where(t => visible.Contains(t.Id));
            return await topologies
                .OrderByDescending(t => t.UpdatedAt).ThenBy(t => t.Name)
                .Select(t => new TopologySummary(t.Id, t.Name, t.Description, t.CreatedAt, t.UpdatedAt))
                .ToListAsync(cancellationToken);
        }
    }
}
