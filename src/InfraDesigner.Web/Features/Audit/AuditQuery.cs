using InfraDesigner.Data;
using InfraDesigner.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Web.Features.Audit;

/// <summary>Reads a page of the change log under a filter, from the topologies given (null: all of them, also deleted ones).</summary>
internal static class AuditQuery
{
    public static async Task<AuditPage> PageAsync(AppDbContext db, AuditFilter filter, IQueryable<Guid>? topologies, CancellationToken cancellationToken)
    {
        var lines = db.AuditLog.AsNoTracking();
        if (topologies is not null) lines = lines.Where(e => topologies.Contains(e.TopologyId));
        if (filter.Topology is { Length: > 0 } name) lines = lines.Where(e => e.TopologyName.ToLower().Contains(name.ToLower()));
        if (filter.User is { Length: > 0 } user)
            lines = user.Equals(AuditFilter.SystemUser, StringComparison.OrdinalIgnoreCase)
                ? lines.Where(e => e.UserId == null)
                : lines.Where(e => e.UserName!.ToLower().Contains(user.ToLower()));
        if (filter.ActionValue is { } action) lines = lines.Where(e => e.Action == action);
        if (filter.Item is { Length: > 0 } item) lines = lines.Where(e => e.Item!.ToLower().Contains(item.ToLower()));
        if (filter.From is { } from) lines = lines.Where(e => e.At >= from);
        if (filter.To is { } to) lines = lines.Where(e => e.At <= to);
        if (filter.Before is { } before) lines = lines.Where(e => e.Id < before);
        var page = await lines.OrderByDescending(e => e.Id).Take(filter.Count + 1)
            .Select(e => new AuditEntryView(e.Id, e.At, e.TopologyId, e.TopologyName, e.TopologyVersion, e.UserName, e.Action, e.Item, e.Before, e.After))
            .ToListAsync(cancellationToken);
        return page.Count > filter.Count ? new(page[..filter.Count], page[filter.Count - 1].Id) : new(page, null);
    }
}
