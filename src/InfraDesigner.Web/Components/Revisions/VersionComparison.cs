using InfraDesigner.Data.Documents;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Web.Components.Canvas;
using InfraDesigner.Web.Features.Editing;

namespace InfraDesigner.Web.Components.Revisions;

/// <summary>
/// A saved version against the current topology: the elements and zones added, removed or changed since,
/// by diagram node id, and the version with the added ones drawn in, so the drawing shows them too.
/// </summary>
public sealed record VersionComparison(Topology Version, Topology Drawn, IReadOnlyDictionary<string, ChangeMark> Marks)
{
    public static VersionComparison Of(Topology version, Topology current)
    {
        var patches = TopologyItems.Diff(version, current).Where(p => p.Key.Collection is "elements" or "zones").ToList();
        var marks = patches.ToDictionary(p => NodeId(p.Key), p => p.Before is null ? ChangeMark.Added : p.After is null ? ChangeMark.Removed : ChangeMark.Changed);
        return new(version, TopologyItems.Apply(version, patches.Where(p => p.Before is null)), marks);
    }

    public int Count(ChangeMark mark) => Marks.Values.Count(m => m == mark);

    public ChangeMark? MarkOf(string nodeId) => Marks.TryGetValue(nodeId, out var mark) ? mark : null;

    public static string CssClass(ChangeMark mark) => $"diff-{mark.ToString().ToLowerInvariant()}";

    /// <summary>The outline colour of a mark (as the diff-* classes of app.css draw it), for exported files.</summary>
    public static string? OutlineOf(string? cssClass) => cssClass switch
    {
        "diff-added" => "#16a34a",
        "diff-removed" => "#dc2626",
        "diff-changed" => "#d97706",
        _ => null,
    };

    private static string NodeId(ItemKey key) => key.Collection == "zones" ? ZoneFrame.IdPrefix + key.Key : key.Key;
}
