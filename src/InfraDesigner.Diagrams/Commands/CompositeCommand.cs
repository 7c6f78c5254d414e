namespace InfraDesigner.Diagrams.Commands;

/// <summary>Several commands undone and redone as one step; undone in reverse order.</summary>
public sealed class CompositeCommand(string name, IReadOnlyList<IDiagramCommand> commands) : IDiagramCommand
{
    public string Name { get; } = name;

    public IReadOnlyList<IDiagramCommand> Commands { get; } = commands;

    public void Execute(Diagram diagram)
    {
        foreach (var command in Commands)
            command.Execute(diagram);
    }

    public void Undo(Diagram diagram)
    {
        for (var i = Commands.Count - 1; i >= 0; i--)
            Commands[i].Undo(diagram);
    }
}
