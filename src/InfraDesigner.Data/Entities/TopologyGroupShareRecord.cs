namespace InfraDesigner.Data.Entities;

/// <summary>A group's access to a topology: every member has it, unless they have more of their own.</summary>
public sealed class TopologyGroupShareRecord : IAccessGrant
{
    public Guid TopologyId { get; set; }
    public Guid GroupId { get; set; }
    public TopologyAccess Access { get; set; }
}
