namespace InfraDesigner.Diagrams.Behaviors;

/// <summary>
/// The one message the browser sends when a pointer gesture ends. <see cref="Kind"/> says which:
/// "click", "move", "viewport", "box", "connect", "resize", "size", "key", "contextmenu" or "doubleclick". Coordinates are world units
/// except the viewport's pan and the canvas size, which are screen pixels. A "connect" without
/// <see cref="PortId"/> was drawn from the node's edge.
/// </summary>
public sealed record CanvasGesture(
    string Kind,
    string? NodeId = null,
    string? LinkId = null,
    string? PortId = null,
    string? TargetNodeId = null,
    string? TargetPortId = null,
    double X = 0,
    double Y = 0,
    double Dx = 0,
    double Dy = 0,
    double Width = 0,
    double Height = 0,
    double PanX = 0,
    double PanY = 0,
    double Zoom = 1,
    bool Toggle = false,
    string? Key = null,
    bool Ctrl = false,
    bool Shift = false,
    bool Alt = false);
