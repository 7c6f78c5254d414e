namespace InfraDesigner.Data.Entities;

/// <summary>One account's access to a topology it does not own.</summary>
public sealed class TopologyShareRecord : IAccessGrant
{
    public Guid TopologyId { get; set; }
    public required string UserId { get; set; }
    public TopologyAccess Access { get; set; }
}
