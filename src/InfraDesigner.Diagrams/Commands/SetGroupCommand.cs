using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams.Commands;

/// <summary>Moves a node into another group (or out of any group when null), e.g. a VM dropped onto a host.</summary>
public sealed class SetGroupCommand(NodeModel node, GroupModel? group) : IDiagramCommand
{
    private GroupModel? _previous;

    public string Name => group is null ? "Remove from group" : "Add to group";

    public void Execute(Diagram diagram)
    {
        _previous = node.Group;
        diagram.Reparent(node, group);
    }

    public void Undo(Diagram diagram) => diagram.Reparent(node, _previous);
}
