namespace InfraDesigner.Data.Entities;

/// <summary>A named set of accounts (a team, a class) that topologies can be shared with; its owner and admins change who is in it.</summary>
public sealed class GroupRecord
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public string? OwnerId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
