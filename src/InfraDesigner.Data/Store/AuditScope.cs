using InfraDesigner.Data.Documents;
using InfraDesigner.Data.Entities;

namespace InfraDesigner.Data.Store;

/// <summary>One change to one topology, as the change log records it: each entry is added in the change's own transaction.</summary>
public sealed record AuditScope(ChangeAuthor By, DateTimeOffset At, Guid TopologyId, string TopologyName, long? TopologyVersion)
{
    public AuditEntryRecord Entry(AuditAction action, string? item = null, string? before = null, string? after = null) => new()
    {
        At = At, TopologyId = TopologyId, TopologyName = TopologyName, TopologyVersion = TopologyVersion,
        UserId = By.UserId, UserName = By.UserName, Action = action, Item = item, Before = before, After = after,
    };

    /// <summary>An item's change: added when there was nothing before, removed when nothing after.</summary>
    public AuditEntryRecord ItemEntry(ItemKey key, string? before, string? after) =>
        Entry(before is null ? AuditAction.ItemAdded : after is null ? AuditAction.ItemRemoved : AuditAction.ItemChanged, key.ToString(), before, after);
}
