using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Routing.PathGenerators;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace InfraDesigner.Diagrams.Components;

/// <summary>A scaled overview of the diagram; place inside a <see cref="DiagramCanvas"/>.</summary>
public partial class Minimap
{
    private Rect _world;
    private Rect _view;
    private double _scale = 1;

    [Parameter]
    public double Width { get; set; } = 200;

    [Parameter]
    public double Height { get; set; } = 140;

    protected override void OnParametersSet()
    {
        _view = Diagram.Viewport.VisibleWorld(Diagram.CanvasSize);
        _world = (Rect.UnionOf(Diagram.AllNodes.Where(n => !n.IsHidden).Select(n => n.Bounds)) ?? _view).Union(_view).Inflate(20);
        _scale = Math.Min(Width / _world.Width, Height / _world.Height);
    }

    private string X(double x) => SvgNumber.Format((x - _world.Left) * _scale);

    private string Y(double y) => SvgNumber.Format((y - _world.Top) * _scale);

    private string L(double length) => SvgNumber.Format(length * _scale);

    private void CenterOn(MouseEventArgs e) =>
        Diagram.Behaviors.PanZoom.CenterOn(Diagram, new Point(e.OffsetX / _scale + _world.Left, e.OffsetY / _scale + _world.Top));
}
