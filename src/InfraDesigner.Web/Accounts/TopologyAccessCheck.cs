using InfraDesigner.Data;
using InfraDesigner.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Web.Accounts;

/// <summary>What the current user may do with a topology: admins everything, the owner everything, others what it was shared with them.</summary>
public sealed class TopologyAccessCheck(IDbContextFactory<AppDbContext> dbFactory, CurrentUser user)
{
    /// <summary><see cref="TopologyAccess.None"/> also when there is no such topology.</summary>
    public async Task<TopologyAccess> AccessAsync(Guid topologyId, CancellationToken cancellationToken = default)
    {
        if (user.Id is not { } userId && !user.IsAdmin) return TopologyAccess.None;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // One round trip on every use case: the owner and this account's share together.
        var found = await db.Topologies.Where(t => t.Id == topologyId)
            .Select(t => new
            {
                t.OwnerId,
                Shared = db.TopologyShares.Where(s => s.TopologyId == t.Id && s.UserId == user.Id).Select(s => s.Access).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null) return TopologyAccess.None;
        return user.IsAdmin || found.OwnerId == user.Id ? TopologyAccess.Owner : found.Shared;
    }

    /// <summary>The ids the current user may at least view, or null for an admin (who may view all).</summary>
    public IQueryable<Guid>? VisibleIds(AppDbContext db)
    {
        if (user.IsAdmin) return null;
        var userId = user.Id ?? "";
        return db.Topologies.Where(t => t.OwnerId == userId).Select(t => t.Id)
            .Union(db.TopologyShares.Where(s => s.UserId == userId).Select(s => s.TopologyId));
    }
}
