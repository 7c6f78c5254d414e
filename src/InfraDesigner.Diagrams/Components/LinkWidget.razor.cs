using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;
using InfraDesigner.Diagrams.Routing;
using InfraDesigner.Diagrams.Routing.PathGenerators;
using Microsoft.AspNetCore.Components;

namespace InfraDesigner.Diagrams.Components;

/// <summary>Draws one link; re-renders only when the link's version or its label's place changed.</summary>
public partial class LinkWidget
{
    private LinkDrawing _drawing = new(-1, [Point.Zero], new("", Point.Zero));
    private LinkModel? _rendered;
    private int _renderedVersion = -1;
    private Point? _renderedLabel;

    [CascadingParameter]
    public Diagram Diagram { get; set; } = default!;

    [Parameter, EditorRequired]
    public LinkModel Link { get; set; } = default!;

    /// <summary>Where the label goes (from <see cref="LinkLabelPlacement"/>); null leaves it out.</summary>
    [Parameter]
    public Point? LabelAt { get; set; }

    private IReadOnlyList<Point> Route => _drawing.Route;

    private static string Num(double value) => SvgNumber.Format(value);

    // Razor reserves <text>, so the SVG text element is built by hand.
    private RenderFragment Label(Point at) => builder =>
    {
        builder.OpenElement(0, "text");
        builder.AddAttribute(1, "class", "dg-link-label");
        builder.AddAttribute(2, "x", Num(at.X));
        builder.AddAttribute(3, "y", Num(at.Y - LinkLabelPlacement.Lift));
        builder.AddContent(4, Link.Label);
        builder.CloseElement();
    };

    protected override void OnParametersSet() => _drawing = LinkGeometry.Drawing(Diagram, Link);

    protected override bool ShouldRender()
    {
        if (ReferenceEquals(_rendered, Link) && _renderedVersion == Link.Version && _renderedLabel == LabelAt)
            return false;
        (_rendered, _renderedVersion, _renderedLabel) = (Link, Link.Version, LabelAt);
        return true;
    }
}
