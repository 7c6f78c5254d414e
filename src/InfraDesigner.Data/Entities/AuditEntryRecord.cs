namespace InfraDesigner.Data.Entities;

/// <summary>
/// One line of the change log: who did what to which topology and when, with the changed item's JSON before and after.
/// It names the topology and the account as they were, and keeps no foreign key, so it outlives both.
/// </summary>
public sealed class AuditEntryRecord
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid TopologyId { get; set; }
    public required string TopologyName { get; set; }

    /// <summary>The topology's version after the change; null when the change left it (a share, a deletion).</summary>
    public long? TopologyVersion { get; set; }

    /// <summary>Null for the system (a seed, a migration, a test).</summary>
    public string? UserId { get; set; }
    public string? UserName { get; set; }
    public AuditAction Action { get; set; }

    /// <summary>The changed item as "collection[key]" (an element, a link, a rule set), or what the action names (a revision, an account).</summary>
    public string? Item { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
}
