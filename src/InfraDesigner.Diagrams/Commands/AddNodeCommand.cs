using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams.Commands;

/// <summary>Adds a node or group, optionally inside a group.</summary>
public sealed class AddNodeCommand(NodeModel node, GroupModel? group = null) : IDiagramCommand
{
    public string Name => "Add " + (node is GroupModel ? "group" : "node");

    public void Execute(Diagram diagram) => diagram.AttachNode(node, group);

    public void Undo(Diagram diagram) => diagram.DetachNode(node);
}
