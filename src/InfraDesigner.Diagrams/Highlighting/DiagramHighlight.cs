namespace InfraDesigner.Diagrams.Highlighting;

/// <summary>
/// Something the host wants to stand out on the drawing (a traced path, a search result): classes on some nodes,
/// segments drawn over the links between nodes, and badges above nodes. While one is shown the canvas dims the rest.
/// </summary>
public sealed record DiagramHighlight(
    IReadOnlyDictionary<string, string> NodeClasses,
    IReadOnlyList<HighlightSegment> Segments,
    IReadOnlyList<HighlightBadge> Badges)
{
    public static DiagramHighlight None { get; } = new(new Dictionary<string, string>(), [], []);

    public bool IsEmpty => NodeClasses.Count == 0 && Segments.Count == 0 && Badges.Count == 0;

    /// <summary>The classes a node gets ("dg-hl" and the host's), or null when it is not highlighted.</summary>
    public string? ClassOf(string nodeId) => NodeClasses.TryGetValue(nodeId, out var classes) ? "dg-hl " + classes : null;
}
