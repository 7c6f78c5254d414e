namespace InfraDesigner.Diagrams.Export;

/// <summary>Colours, fonts and sizes of an exported drawing; exported files carry no CSS variables.</summary>
public sealed record SvgExportOptions
{
    /// <summary>Fonts with fallbacks for every platform, Korean (CJK) included, so names in Hangul render.</summary>
    public const string DefaultFontFamily =
        "Inter, 'Segoe UI', system-ui, -apple-system, Roboto, Arial, 'Noto Sans', 'Noto Sans KR', 'Noto Sans CJK KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif";

    public const string DefaultMonoFontFamily =
        "'JetBrains Mono', 'Cascadia Code', ui-monospace, Menlo, Consolas, 'DejaVu Sans Mono', 'Noto Sans Mono CJK KR', 'Noto Sans CJK KR', 'Malgun Gothic', monospace";

    public double Margin { get; init; } = 20;
    public string Background { get; init; } = "#ffffff";
    public string NodeFill { get; init; } = "#ffffff";
    public string NodeStroke { get; init; } = "#c3ccd9";
    public string NodeAccent { get; init; } = "#2563eb";
    public string GroupFill { get; init; } = "#f1f5f9";
    public string GroupStroke { get; init; } = "#cbd5e1";
    public string LinkStroke { get; init; } = "#64748b";
    public string PortFill { get; init; } = "#2563eb";
    public string TextColor { get; init; } = "#0f172a";
    public string MutedTextColor { get; init; } = "#5b6679";
    public string FontFamily { get; init; } = DefaultFontFamily;
    public string MonoFontFamily { get; init; } = DefaultMonoFontFamily;

    /// <summary>Size of titles; details are drawn a little smaller.</summary>
    public double FontSize { get; init; } = 12;

    /// <summary>No text is drawn smaller than this to make it fit; what is still too long ends with an ellipsis.</summary>
    public double MinFontSize { get; init; } = 7;

    public double CornerRadius { get; init; } = 8;
    public double IconSize { get; init; } = 24;

    /// <summary>How each node and group is drawn; the default shows its title (or id) and nothing else.</summary>
    public Func<Models.NodeModel, NodeAppearance>? Appearance { get; init; }
}
