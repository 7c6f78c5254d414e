namespace InfraDesigner.Diagrams.Export;

/// <summary>Colours and sizes of an exported drawing; exported files carry no CSS variables.</summary>
public sealed record SvgExportOptions
{
    public double Margin { get; init; } = 20;
    public string Background { get; init; } = "#ffffff";
    public string NodeFill { get; init; } = "#ffffff";
    public string NodeStroke { get; init; } = "#94a3b8";
    public string GroupFill { get; init; } = "#f1f5f9";
    public string GroupStroke { get; init; } = "#cbd5e1";
    public string LinkStroke { get; init; } = "#64748b";
    public string PortFill { get; init; } = "#2563eb";
    public string TextColor { get; init; } = "#0f172a";
    public string FontFamily { get; init; } = "system-ui, sans-serif";
    public double FontSize { get; init; } = 13;
    public double CornerRadius { get; init; } = 8;

    /// <summary>The title written in a node; defaults to its title, then its id.</summary>
    public Func<Models.NodeModel, string>? NodeText { get; init; }
}
