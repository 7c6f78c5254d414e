namespace InfraDesigner.Diagrams.Commands;

/// <summary>One undoable edit of a diagram. Every change of the model goes through one.</summary>
public interface IDiagramCommand
{
    /// <summary>What the edit did, for menus ("Undo move").</summary>
    string Name { get; }

    void Execute(Diagram diagram);

    void Undo(Diagram diagram);
}
