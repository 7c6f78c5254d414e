using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Web.Components.Canvas;

/// <summary>A host or cluster drawn as a frame around what runs in it (VMs in a host, hosts in a cluster).</summary>
public sealed class ElementFrame(Element element) : GroupModel(element.Name, new Point(element.Canvas.X, element.Canvas.Y), new Size(element.Canvas.Width, element.Canvas.Height)), IElementModel
{
    public Element Element { get; private set; } = element;

    /// <summary>Hosts are cabled; a cluster is only a frame around them.</summary>
    public override bool ConnectsFromEdge => Element.Kind != ElementKind.Cluster;

    public void Bind(Element element) => Element = element;

    protected override void OnCopied(NodeModel source) => Element = IElementModel.Unplaced(Element);
}
