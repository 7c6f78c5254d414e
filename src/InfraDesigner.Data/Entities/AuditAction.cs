namespace InfraDesigner.Data.Entities;

/// <summary>What a change did to a topology; stored by name, so the log reads the same when the enum grows.</summary>
public enum AuditAction
{
    Created,
    ItemAdded,
    ItemChanged,
    ItemRemoved,
    Renamed,
    Replaced,
    RevisionSaved,
    RevisionRestored,
    Shared,
    Deleted,
}
