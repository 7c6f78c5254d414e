namespace InfraDesigner.Data.Entities;

/// <summary>One account's membership of a group.</summary>
public sealed class GroupMemberRecord
{
    public Guid GroupId { get; set; }
    public required string UserId { get; set; }
}
