using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Web.Components.Canvas;

/// <summary>An element drawn as a box: icon, name and key facts; its interfaces are its ports.</summary>
public sealed class ElementNode(Element element) : NodeModel(element.Name, new Point(element.Canvas.X, element.Canvas.Y), new Size(element.Canvas.Width, element.Canvas.Height)), IElementModel
{
    public Element Element { get; private set; } = element;

    public void Bind(Element element) => Element = element;

    protected override void OnCopied(NodeModel source) => Element = IElementModel.Unplaced(Element);
}
