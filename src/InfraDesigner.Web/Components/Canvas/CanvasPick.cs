namespace InfraDesigner.Web.Components.Canvas;

/// <summary>
/// Picking an element or zone on the canvas for a field of a panel (a firewall rule's source or destination):
/// one pick at a time. While it runs the canvas shows <see cref="Hint"/> and its next click on an element or zone
/// frame is the answer instead of a selection; Esc or <see cref="Cancel"/> ends it without one.
/// </summary>
public sealed class CanvasPick
{
    private Func<string, Task>? _picked;

    /// <summary>The field being picked for (its document path, e.g. "rules[0].source"), while a pick runs.</summary>
    public string? Field { get; private set; }

    public string? Hint { get; private set; }

    public bool Active => _picked is not null;

    public event Action? Changed;

    /// <summary>Starts a pick; <paramref name="picked"/> gets the rule endpoint clicked ("element:app-a", "zone:A"). Replaces a pick that was running.</summary>
    public void Start(string field, string hint, Func<string, Task> picked)
    {
        (Field, Hint, _picked) = (field, hint, picked);
        Changed?.Invoke();
    }

    public void Cancel()
    {
        if (!Active) return;
        (Field, Hint, _picked) = (null, null, null);
        Changed?.Invoke();
    }

    public Task CompleteAsync(string endpoint)
    {
        var picked = _picked;
        Cancel();
        return picked?.Invoke(endpoint) ?? Task.CompletedTask;
    }
}
