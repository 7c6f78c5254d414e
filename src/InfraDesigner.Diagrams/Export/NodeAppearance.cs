namespace InfraDesigner.Diagrams.Export;

/// <summary>How one node or group is drawn in an export; the host says it, as its components do on the canvas.</summary>
public sealed record NodeAppearance
{
    /// <summary>The name, drawn bold.</summary>
    public required string Title { get; init; }

    /// <summary>Short facts: under the title in a node, after it in a group's header.</summary>
    public IReadOnlyList<string> Details { get; init; } = [];

    /// <summary>The picture beside the title, a <c>data:</c> URI so the file stays self-contained; null draws none.</summary>
    public string? Icon { get; init; }

    /// <summary>Colour of a node's left bar or a group's border; null takes the options' default.</summary>
    public string? Accent { get; init; }

    /// <summary>An extra outline around the box (a highlight such as a change mark); null draws none.</summary>
    public string? Outline { get; init; }

    /// <summary>A dashed border, as host and cluster frames have.</summary>
    public bool Dashed { get; init; }
}
