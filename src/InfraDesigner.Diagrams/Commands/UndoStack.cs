namespace InfraDesigner.Diagrams.Commands;

/// <summary>
/// Runs commands and remembers them for undo/redo. <see cref="Group"/> merges the commands run
/// inside it into one step; <see cref="Suspend"/> runs commands without remembering them (loading,
/// edits arriving from other users).
/// </summary>
public sealed class UndoStack(Diagram diagram, int limit = 500)
{
    private readonly LinkedList<IDiagramCommand> _undo = new();
    private readonly Stack<IDiagramCommand> _redo = new();
    private List<IDiagramCommand>? _group;
    private string _groupName = "";
    private int _groupDepth;
    private int _suspended;

    public bool CanUndo => _undo.Count > 0;

    public bool CanRedo => _redo.Count > 0;

    public string? UndoName => _undo.Last?.Value.Name;

    public string? RedoName => _redo.TryPeek(out var c) ? c.Name : null;

    /// <summary>Raised when what can be undone or redone changed.</summary>
    public event Action? Changed;

    public void Execute(IDiagramCommand command)
    {
        command.Execute(diagram);
        if (_suspended > 0)
            return;
        if (_group is not null)
        {
            _group.Add(command);
            return;
        }
        Push(command);
    }

    public bool Undo()
    {
        if (_undo.Last is not { } last)
            return false;
        _undo.RemoveLast();
        last.Value.Undo(diagram);
        _redo.Push(last.Value);
        Changed?.Invoke();
        return true;
    }

    public bool Redo()
    {
        if (!_redo.TryPop(out var command))
            return false;
        command.Execute(diagram);
        _undo.AddLast(command);
        Changed?.Invoke();
        return true;
    }

    public void Clear()
    {
        _undo.Clear();
        _redo.Clear();
        Changed?.Invoke();
    }

    /// <summary>Everything executed until the returned scope is disposed becomes one undo step.</summary>
    public IDisposable Group(string name)
    {
        if (_groupDepth++ == 0)
        {
            _group = [];
            _groupName = name;
        }
        return new Scope(() =>
        {
            if (--_groupDepth > 0)
                return;
            var commands = _group!;
            _group = null;
            if (commands.Count == 1)
                Push(commands[0]);
            else if (commands.Count > 1)
                Push(new CompositeCommand(_groupName, commands));
        });
    }

    /// <summary>Commands executed until the returned scope is disposed are not recorded.</summary>
    public IDisposable Suspend()
    {
        _suspended++;
        return new Scope(() => _suspended--);
    }

    private void Push(IDiagramCommand command)
    {
        _undo.AddLast(command);
        if (_undo.Count > limit)
            _undo.RemoveFirst();
        _redo.Clear();
        Changed?.Invoke();
    }

    private sealed class Scope(Action onDispose) : IDisposable
    {
        private Action? _onDispose = onDispose;

        public void Dispose()
        {
            _onDispose?.Invoke();
            _onDispose = null;
        }
    }
}
