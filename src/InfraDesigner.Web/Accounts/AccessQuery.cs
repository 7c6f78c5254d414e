using System.Runtime.CompilerServices;
using InfraDesigner.Data;
using InfraDesigner.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace InfraDesigner.Web.Accounts;

/// <summary>
/// The access check's query, compiled once per EF model: it runs on every use case, and compiling skips EF's
/// per-query expression work. A compiled query is bound to the model it first ran on, and one process may hold
/// several (SQLite and PostgreSQL side by side in the tests), hence one per model.
/// </summary>
internal static class AccessQuery
{
    /// <summary>
    /// <see cref="Shared"/>: the most that was shared with the account itself or with a group it is in;
    /// <see cref="ShownToClass"/>: the account sits in an open classroom whose trainer shows this canvas (to view it).
    /// </summary>
    public sealed record Row(string? OwnerId, TopologyAccess Shared, TopologyAccess? SharedWithGroup, bool ShownToClass, long Version)
    {
        public TopologyAccess MostShared =>
            Most(Most(Shared, SharedWithGroup ?? TopologyAccess.None), ShownToClass ? TopologyAccess.Viewer : TopologyAccess.None);

        private static TopologyAccess Most(TopologyAccess one, TopologyAccess other) => one > other ? one : other;
    }

    private static readonly ConditionalWeakTable<IModel, Func<AppDbContext, Guid, string, Task<Row?>>> Compiled = [];

    public static Func<AppDbContext, Guid, string, Task<Row?>> For(AppDbContext db) =>
        Compiled.GetValue(db.Model, _ => EF.CompileAsyncQuery((AppDbContext context, Guid topologyId, string userId) =>
            context.Topologies.Where(t => t.Id == topologyId)
                .Select(t => new Row(
                    t.OwnerId,
                    context.TopologyShares.Where(s => s.TopologyId == t.Id && s.UserId == userId).Select(s => s.Access).FirstOrDefault(),
                    context.TopologyGroupShares
                        .Where(s => s.TopologyId == t.Id && context.GroupMembers.Any(m => m.GroupId == s.GroupId && m.UserId == userId))
                        .Max(s => (TopologyAccess?)s.Access),
                    context.Classrooms.Any(c => c.ShownTopologyId == t.Id && c.EndedAt == null
                        && context.ClassroomTrainees.Any(seat => seat.ClassroomId == c.Id && seat.UserId == userId)),
                    t.Version))
                .SingleOrDefault()));
}
