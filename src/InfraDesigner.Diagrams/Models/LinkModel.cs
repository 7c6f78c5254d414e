using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Routing;
using InfraDesigner.Diagrams.Routing.PathGenerators;
using InfraDesigner.Diagrams.Routing.Routers;

namespace InfraDesigner.Diagrams.Models;

/// <summary>A connection between two ports or nodes.</summary>
public class LinkModel : Model
{
    public LinkModel(LinkEnd source, LinkEnd target, string? id = null) : base(id)
    {
        Source = source;
        Target = target;
    }

    public LinkModel(PortModel source, PortModel target, string? id = null) : this(LinkEnd.Of(source), LinkEnd.Of(target), id) { }

    public LinkModel(NodeModel source, NodeModel target, string? id = null) : this(LinkEnd.Of(source), LinkEnd.Of(target), id) { }

    public LinkEnd Source { get; internal set; }

    public LinkEnd Target { get; internal set; }

    public string? Label { get; internal set; }

    /// <summary>Stroke colour (any CSS colour); null uses the theme colour.</summary>
    public string? Color { get; internal set; }

    /// <summary>Null uses the diagram's default router.</summary>
    public IRouter? Router { get; set; }

    /// <summary>Null uses the diagram's default path generator.</summary>
    public IPathGenerator? PathGenerator { get; set; }

    public object? Data { get; internal set; }

    public bool Selected { get; internal set; }

    /// <summary>The box around the route last drawn, so moves nearby can make the link route again.</summary>
    internal Rect? RouteBounds { get; private set; }

    /// <summary>The route and path last drawn, with the version they were computed at.</summary>
    internal LinkDrawing? Drawn { get; private set; }

    /// <summary>Called with the route each time the link is routed for drawing.</summary>
    internal void RememberDrawing(LinkDrawing drawing)
    {
        Drawn = drawing;
        RouteBounds = Rect.UnionOf(drawing.Route.Select(p => new Rect(p.X, p.Y, 0, 0)));
    }

    public bool Touches(NodeModel node) => ReferenceEquals(Source.Node, node) || ReferenceEquals(Target.Node, node);

    /// <summary>A copy of this link (keeping its derived type) between other ends.</summary>
    internal LinkModel CopyWith(LinkEnd source, LinkEnd target, string newId)
    {
        var copy = (LinkModel)MemberwiseClone();
        copy.ClearChangedHandlers();
        copy.Id = newId;
        copy.Source = source;
        copy.Target = target;
        copy.Selected = false;
        copy.RouteBounds = null;
        copy.Drawn = null;
        return copy;
    }
}
