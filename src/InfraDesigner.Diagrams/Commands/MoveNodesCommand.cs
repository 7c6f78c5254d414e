namespace InfraDesigner.Diagrams.Commands;

/// <summary>
/// Moves one or many nodes as a single undo step. <paramref name="byUser"/> marks the nodes as placed
/// by hand, which layouts may respect; a layout's own moves pass false. Undo gives the nodes back the
/// mark they had before.
/// </summary>
public sealed class MoveNodesCommand(IReadOnlyList<NodeMove> moves, bool byUser = true) : IDiagramCommand
{
    private IReadOnlyList<bool> _wasManual = [];

    public IReadOnlyList<NodeMove> Moves { get; } = moves;

    public string Name => "Move";

    public void Execute(Diagram diagram)
    {
        _wasManual = [.. Moves.Select(m => m.Node.ManuallyPositioned)];
        diagram.ApplyMoves(Moves, [.. _wasManual.Select(manual => manual || byUser)]);
    }

    public void Undo(Diagram diagram) => diagram.ApplyMoves([.. Moves.Select(m => m.Reversed)], _wasManual);
}
