namespace InfraDesigner.Data.Entities;

/// <summary>What an account may do with a topology; each level includes the ones below it.</summary>
public enum TopologyAccess
{
    None = 0,
    Viewer = 1,
    Editor = 2,
    Owner = 3,
}
