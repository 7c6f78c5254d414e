namespace InfraDesigner.Web.Features.Topologies;

/// <summary>The access levels as the API and the share dialog name them.</summary>
public static class TopologyAccessNames
{
    public const string None = "none";
    public const string Viewer = "viewer";
    public const string Editor = "editor";

    public static string Of(InfraDesigner.Data.Entities.TopologyAccess access) => access.ToString().ToLowerInvariant();
}
