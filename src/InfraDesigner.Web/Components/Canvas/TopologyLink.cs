using InfraDesigner.Diagrams.Models;
using InfraDesigner.Domain.Network;
using InfraDesigner.Web.Features.Editing;

namespace InfraDesigner.Web.Components.Canvas;

/// <summary>
/// A cable of the topology. It is drawn between the two elements, attached to the sides facing each
/// other (shortest, and it reads well); the router steers it around the elements in between. The
/// interface ports stay on the nodes as handles and show each interface's VLAN.
/// </summary>
public sealed class TopologyLink(Link link, NodeModel source, NodeModel target) : LinkModel(source, target, TopologyItems.KeyOf(link).Key)
{
    public Link Link { get; } = link;
}
