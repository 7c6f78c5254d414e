using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams.Commands;

/// <summary>
/// Sets one property of an element (a title, a colour, or a field of your own data) and restores
/// the former value on undo. The element is refreshed and reported as changed each time.
/// </summary>
public sealed class ChangePropertyCommand<T>(Model target, string property, Func<T> get, Action<T> set, T value) : IDiagramCommand
{
    private T _previous = default!;

    public string Name => "Change " + property;

    public void Execute(Diagram diagram)
    {
        _previous = get();
        Apply(diagram, value);
    }

    public void Undo(Diagram diagram) => Apply(diagram, _previous);

    private void Apply(Diagram diagram, T newValue)
    {
        set(newValue);
        diagram.ReportChanged(target, property);
    }
}
