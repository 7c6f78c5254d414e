namespace InfraDesigner.Diagrams.Interop;

/// <summary>What the browser module needs to preview gestures the way .NET will finish them.</summary>
public sealed record CanvasSettings(
    double GridSize,
    bool SnapToGrid,
    bool ShowGuides,
    double GuideThreshold,
    double MinZoom,
    double MaxZoom,
    bool PanOnEmptyDrag,
    bool ReadOnly,
    IReadOnlyList<string> Shortcuts)
{
    public static CanvasSettings From(Diagram diagram, bool panOnEmptyDrag) => new(
        diagram.Options.GridSize,
        diagram.Options.SnapToGrid,
        diagram.Options.ShowAlignmentGuides,
        diagram.Options.GuideThreshold,
        diagram.Options.MinZoom,
        diagram.Options.MaxZoom,
        panOnEmptyDrag,
        diagram.Options.ReadOnly,
        [.. diagram.Behaviors.Keyboard.Allowed(diagram).Select(s => s.Chord.ToString()).Distinct()]);
}
