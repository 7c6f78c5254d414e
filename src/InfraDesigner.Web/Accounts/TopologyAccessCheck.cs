using InfraDesigner.Data;
using InfraDesigner.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Web.Accounts;

/// <summary>What the current user may do with a topology: admins everything, the owner everything, others the most it was shared with them or a group of theirs.</summary>
public sealed class TopologyAccessCheck(IDbContextFactory<AppDbContext> dbFactory, CurrentUser user)
{
    /// <summary><see cref="TopologyAccess.None"/> also when there is no such topology.</summary>
    public async Task<TopologyAccess> AccessAsync(Guid topologyId, CancellationToken cancellationToken = default) =>
        (await AccessAndVersionAsync(topologyId, cancellationToken)).Access;

    /// <summary>The access, and the topology's version read in the same round trip (null when there is no access).</summary>
    public async Task<(TopologyAccess Access, long? Version)> AccessAndVersionAsync(Guid topologyId, CancellationToken cancellationToken = default)
    {
        if (user.Id is null && !user.IsAdmin) return (TopologyAccess.None, null);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // One round trip on every use case: the owner, this account's share and the version together.
        var found = await AccessQuery.For(db)(db, topologyId, user.Id ?? "");
        if (found is null) return (TopologyAccess.None, null);
        var access = user.IsAdmin || found.OwnerId == user.Id ? TopologyAccess.Owner : found.MostShared;
        return (access, access == TopologyAccess.None ? null : found.Version);
    }

    /// <summary>The ids the current user may at least view, or null for an admin (who may view all).</summary>
    public IQueryable<Guid>? VisibleIds(AppDbContext db)
    {
        if (user.IsAdmin) return null;
        var userId = user.Id ?? "";
        return db.Topologies.Where(t => t.OwnerId == userId).Select(t => t.Id)
            .Union(db.TopologyShares.Where(s => s.UserId == userId).Select(s => s.TopologyId))
            .Union(db.TopologyGroupShares.Where(s => db.GroupMembers.Any(m => m.GroupId == s.GroupId && m.UserId == userId)).Select(s => s.TopologyId));
    }
}
