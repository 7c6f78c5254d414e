using InfraDesigner.Diagrams.Geometry;

namespace InfraDesigner.Diagrams.Models;

/// <summary>A connection point on one side of a node; several ports on one side are spread evenly.</summary>
public class PortModel : Model
{
    public PortModel(NodeModel parent, PortAlignment alignment, string? id = null) : base(id)
    {
        Parent = parent;
        Alignment = alignment;
    }

    public NodeModel Parent { get; internal set; }

    public PortAlignment Alignment { get; }

    /// <summary>Optional label shown as a tooltip.</summary>
    public string? Title { get; set; }

    /// <summary>Optional colour (any CSS colour), e.g. the VLAN of the port.</summary>
    public string? Color { get; set; }

    /// <summary>Host data attached to the port.</summary>
    public object? Data { get; set; }

    /// <summary>Where links attach, in world coordinates.</summary>
    public Point Position
    {
        get
        {
            var bounds = Parent.Bounds;
            var siblings = Parent.Ports.Where(p => p.Alignment == Alignment).ToList();
            var fraction = (siblings.IndexOf(this) + 1.0) / (siblings.Count + 1.0);
            return Alignment switch
            {
                PortAlignment.Top => new Point(bounds.Left + bounds.Width * fraction, bounds.Top),
                PortAlignment.Bottom => new Point(bounds.Left + bounds.Width * fraction, bounds.Bottom),
                PortAlignment.Left => new Point(bounds.Left, bounds.Top + bounds.Height * fraction),
                _ => new Point(bounds.Right, bounds.Top + bounds.Height * fraction),
            };
        }
    }

    internal PortModel CopyFor(NodeModel newParent, string newId) =>
        new(newParent, Alignment, newId) { Title = Title, Color = Color, Data = Data };
}
