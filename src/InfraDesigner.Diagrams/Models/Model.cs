namespace InfraDesigner.Diagrams.Models;

/// <summary>
/// Base of every diagram element. <see cref="Version"/> grows on each change so components can
/// skip rendering when nothing of theirs changed.
/// </summary>
public abstract class Model
{
    protected Model(string? id) => Id = id ?? NewId();

    public string Id { get; internal set; }

    public int Version { get; private set; }

    /// <summary>A class the canvas adds to this element's container (a highlight, a mark); set it with <see cref="Diagram.SetCssClass"/>.</summary>
    public string? CssClass { get; internal set; }

    /// <summary>Raised after this element changed (moved, renamed, selected, data refreshed ...).</summary>
    public event Action<Model>? Changed;

    /// <summary>Marks the element changed: bumps the version and tells listeners (and so the components) to re-render.</summary>
    public void Refresh()
    {
        Version++;
        Changed?.Invoke(this);
    }

    internal void ClearChangedHandlers() => Changed = null;

    internal static string NewId() => Guid.NewGuid().ToString("N");
}
