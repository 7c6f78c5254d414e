namespace InfraDesigner.Diagrams.Behaviors;

/// <summary>The interaction behaviours of a diagram; replace any with a subclass to change how it works.</summary>
public sealed class DiagramBehaviors
{
    public SelectionBehavior Selection { get; set; } = new();

    public DragMoveBehavior Drag { get; set; } = new();

    public PanZoomBehavior PanZoom { get; set; } = new();

    public DeleteBehavior Delete { get; set; } = new();

    public ClipboardBehavior Clipboard { get; set; } = new();

    public KeyboardShortcuts Keyboard { get; set; } = new();

    public GestureHandler Gestures { get; set; } = new();
}
