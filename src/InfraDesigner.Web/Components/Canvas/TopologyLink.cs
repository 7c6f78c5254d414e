using InfraDesigner.Diagrams.Models;
using InfraDesigner.Domain.Network;
using InfraDesigner.Web.Features.Editing;

namespace InfraDesigner.Web.Components.Canvas;

/// <summary>A cable of the topology drawn between two interface ports.</summary>
public sealed class TopologyLink(Link link, PortModel source, PortModel target) : LinkModel(source, target, TopologyItems.KeyOf(link).Key)
{
    public Link Link { get; } = link;
}
