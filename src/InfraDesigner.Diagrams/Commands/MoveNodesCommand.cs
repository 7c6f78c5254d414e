namespace InfraDesigner.Diagrams.Commands;

/// <summary>
/// Moves one or many nodes as a single undo step. <paramref name="byUser"/> marks the nodes as placed
/// by hand, which layouts may respect; a layout's own moves pass false.
/// </summary>
public sealed class MoveNodesCommand(IReadOnlyList<NodeMove> moves, bool byUser = true) : IDiagramCommand
{
    public IReadOnlyList<NodeMove> Moves { get; } = moves;

    public string Name => "Move";

    public void Execute(Diagram diagram) => diagram.ApplyMoves(Moves, byUser);

    public void Undo(Diagram diagram) => diagram.ApplyMoves([.. Moves.Select(m => m.Reversed)], byUser);
}
