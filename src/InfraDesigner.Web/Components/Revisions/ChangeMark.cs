namespace InfraDesigner.Web.Components.Revisions;

/// <summary>How an element or zone of a saved version differs from the current topology.</summary>
public enum ChangeMark
{
    /// <summary>In the current topology, not in the version: drawn from the current topology.</summary>
    Added,
    Removed,
    Changed,
}
