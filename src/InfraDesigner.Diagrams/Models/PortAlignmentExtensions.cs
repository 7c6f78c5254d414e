using InfraDesigner.Diagrams.Geometry;

namespace InfraDesigner.Diagrams.Models;

public static class PortAlignmentExtensions
{
    /// <summary>The unit vector pointing out of the node on this side.</summary>
    public static Point Outward(this PortAlignment alignment) => alignment switch
    {
        PortAlignment.Top => new Point(0, -1),
        PortAlignment.Right => new Point(1, 0),
        PortAlignment.Bottom => new Point(0, 1),
        _ => new Point(-1, 0),
    };

    public static bool IsHorizontal(this PortAlignment alignment) =>
        alignment is PortAlignment.Left or PortAlignment.Right;
}
