using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams.Commands;

public sealed class ResizeNodeCommand(NodeModel node, Size size) : IDiagramCommand
{
    private Size _previous;

    public string Name => "Resize";

    public void Execute(Diagram diagram)
    {
        _previous = node.Size;
        diagram.ApplySize(node, size);
    }

    public void Undo(Diagram diagram) => diagram.ApplySize(node, _previous);
}
