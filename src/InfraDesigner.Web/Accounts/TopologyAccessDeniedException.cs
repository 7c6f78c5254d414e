using InfraDesigner.Data.Entities;

namespace InfraDesigner.Web.Accounts;

/// <summary>The asker may see the topology but not do this to it (a 403 over the API and the hub).</summary>
public sealed class TopologyAccessDeniedException(TopologyAccess has, TopologyAccess needs)
    : AccessDeniedException($"You are {Describe(has)} of this topology; this needs {Describe(needs)}.")
{
    public TopologyAccess Has { get; } = has;

    public TopologyAccess Needs { get; } = needs;

    private static string Describe(TopologyAccess access) => access switch
    {
        TopologyAccess.Viewer => "a viewer",
        TopologyAccess.Editor => "an editor",
        TopologyAccess.Owner => "the owner",
        _ => "not a user",
    };
}
