using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams.Commands;

/// <summary>A node that moved from one position to another.</summary>
public sealed record NodeMove(NodeModel Node, Point From, Point To)
{
    public NodeMove Reversed => new(Node, To, From);
}
