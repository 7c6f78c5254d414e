using Microsoft.AspNetCore.Components;

namespace InfraDesigner.Diagrams.Components;

/// <summary>
/// Base of components drawn over the canvas (minimap, zoom controls). The canvas cascades a
/// revision that grows with each of its renders, so overlays re-render in the same render batch
/// as the canvas instead of in batches of their own.
/// </summary>
public abstract class DiagramOverlay : ComponentBase
{
    [CascadingParameter]
    public Diagram Diagram { get; set; } = default!;

    [CascadingParameter(Name = DiagramCanvas.RevisionName)]
    public int Revision { get; set; }
}
