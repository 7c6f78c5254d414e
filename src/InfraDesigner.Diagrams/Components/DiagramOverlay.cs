using Microsoft.AspNetCore.Components;

namespace InfraDesigner.Diagrams.Components;

/// <summary>
/// Base of components drawn over the canvas (minimap, zoom controls): they get the diagram by
/// cascade, which never changes, so they listen to the diagram themselves to stay current.
/// </summary>
public abstract class DiagramOverlay : ComponentBase, IDisposable
{
    private Diagram? _subscribed;

    [CascadingParameter]
    public Diagram Diagram { get; set; } = default!;

    protected override void OnParametersSet()
    {
        if (ReferenceEquals(_subscribed, Diagram))
            return;
        if (_subscribed is not null)
            _subscribed.Changed -= OnDiagramChanged;
        _subscribed = Diagram;
        Diagram.Changed += OnDiagramChanged;
    }

    /// <summary>Called before each re-render caused by a change of the diagram.</summary>
    protected virtual void OnDiagramUpdated() { }

    private void OnDiagramChanged() => _ = InvokeAsync(() =>
    {
        OnDiagramUpdated();
        StateHasChanged();
    });

    public void Dispose()
    {
        if (_subscribed is not null)
            _subscribed.Changed -= OnDiagramChanged;
        GC.SuppressFinalize(this);
    }
}
