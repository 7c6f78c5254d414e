using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Web.Components.Canvas;

/// <summary>A network zone drawn as a labelled, tinted background region around its members.</summary>
public sealed class ZoneFrame : GroupModel
{
    public const string IdPrefix = "zone:";

    public ZoneFrame(NetworkZone zone) : base(IdPrefix + zone.Name, new Point(zone.Canvas.X, zone.Canvas.Y), SizeOf(zone))
    {
        Zone = zone;
        Color = zone.Colour;
        // A zone someone placed keeps its own frame; one that never was (an imported sample) wraps its members.
        AutoSize = zone.Canvas == CanvasInfo.Default;
    }

    public NetworkZone Zone { get; private set; }

    /// <summary>A zone is not cabled: no link starts from its border.</summary>
    public override bool ConnectsFromEdge => false;

    public void Bind(NetworkZone zone)
    {
        Zone = zone;
        Color = zone.Colour;
    }

    private static Size SizeOf(NetworkZone zone) =>
        zone.Canvas == CanvasInfo.Default ? new Size(400, 280) : new Size(zone.Canvas.Width, zone.Canvas.Height);
}
