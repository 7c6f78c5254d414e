using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;
using InfraDesigner.Diagrams.Routing;
using InfraDesigner.Diagrams.Routing.PathGenerators;
using Microsoft.AspNetCore.Components;

namespace InfraDesigner.Diagrams.Components;

/// <summary>Draws one link; re-renders only when the link's version changed (its ends moving bump it).</summary>
public partial class LinkWidget
{
    private IReadOnlyList<Point> _route = [Point.Zero];
    private PathData _path = new("", Point.Zero);
    private LinkModel? _rendered;
    private int _renderedVersion = -1;

    [CascadingParameter]
    public Diagram Diagram { get; set; } = default!;

    [Parameter, EditorRequired]
    public LinkModel Link { get; set; } = default!;

    private static string Num(double value) => SvgNumber.Format(value);

    // Razor reserves <text>, so the SVG text element is built by hand.
    private RenderFragment Label => builder =>
    {
        builder.OpenElement(0, "text");
        builder.AddAttribute(1, "class", "dg-link-label");
        builder.AddAttribute(2, "x", Num(_path.LabelPosition.X));
        builder.AddAttribute(3, "y", Num(_path.LabelPosition.Y - 6));
        builder.AddContent(4, Link.Label);
        builder.CloseElement();
    };

    protected override void OnParametersSet()
    {
        if (ReferenceEquals(_rendered, Link) && _renderedVersion == Link.Version)
            return;
        _route = LinkGeometry.Route(Diagram, Link);
        Link.RememberRoute(_route);
        var generator = Link.PathGenerator ?? Diagram.Options.DefaultPathGenerator;
        _path = generator.Generate(_route);
    }

    protected override bool ShouldRender()
    {
        if (ReferenceEquals(_rendered, Link) && _renderedVersion == Link.Version)
            return false;
        _rendered = Link;
        _renderedVersion = Link.Version;
        return true;
    }
}
