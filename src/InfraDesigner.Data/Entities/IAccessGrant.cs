namespace InfraDesigner.Data.Entities;

/// <summary>A topology shared with someone (an account or a group) at some access.</summary>
public interface IAccessGrant
{
    TopologyAccess Access { get; set; }
}
