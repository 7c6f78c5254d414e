using InfraDesigner.Diagrams.Layout;
using InfraDesigner.Diagrams.Models;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Web.Features.Editing;

namespace InfraDesigner.Web.Components.Canvas;

/// <summary>Where the layered layout puts elements: zones as bands left to right, network tiers top to bottom.</summary>
public static class LayoutHints
{
    public static Func<NodeModel, LayoutHint?> For(TopologyDiagram view)
    {
        var zones = view.Topology.Zones.Select((zone, index) => (zone.Name, index)).ToDictionary(z => z.Name, z => z.index);
        return node => node is IElementModel model
            ? new LayoutHint(Layer: Tier(model.Element.Kind), Band: ZoneOf(node) is { } zone && zones.TryGetValue(zone, out var band) ? band : zones.Count)
            : null;
    }

    /// <summary>Edge and security first, then routing, switching, services, servers, storage.</summary>
    public static int Tier(ElementKind kind) => ElementKinds.Of(kind).Tier;

    private static string? ZoneOf(NodeModel node) => node.Ancestors().OfType<ZoneFrame>().FirstOrDefault()?.Zone.Name;
}
