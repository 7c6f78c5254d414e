namespace InfraDesigner.Web.Features.Editing;

public sealed partial class EditingSession
{
    private const int UndoLimit = 200;
    private readonly LinkedList<IReadOnlyList<ItemPatch>> _undo = new();
    private readonly Stack<IReadOnlyList<ItemPatch>> _redo = new();

    public bool CanUndo => _undo.Count > 0;

    public bool CanRedo => _redo.Count > 0;

    /// <summary>Takes the items of the last edit back to what they were, and stores that; false when there is nothing to undo or it is refused.</summary>
    public async Task<EditOutcome> UndoAsync()
    {
        if (_undo.Last is not { } last) return EditOutcome.Unchanged;
        _undo.RemoveLast();
        var outcome = await ApplyAsync(topology => TopologyItems.Apply(topology, last.Value.Select(p => p.Reversed)), recordUndo: false);
        if (outcome.Applied) _redo.Push(last.Value);
        else _undo.AddLast(last.Value);
        return outcome;
    }

    public async Task<EditOutcome> RedoAsync()
    {
        if (!_redo.TryPop(out var patches)) return EditOutcome.Unchanged;
        var outcome = await ApplyAsync(topology => TopologyItems.Apply(topology, patches), recordUndo: false);
        if (outcome.Applied) _undo.AddLast(patches);
        else _redo.Push(patches);
        return outcome;
    }

    private void Record(IReadOnlyList<ItemPatch> patches)
    {
        _undo.AddLast(patches);
        if (_undo.Count > UndoLimit) _undo.RemoveFirst();
        _redo.Clear();
    }
}
