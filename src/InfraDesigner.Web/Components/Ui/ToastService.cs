namespace InfraDesigner.Web.Components.Ui;

/// <summary>
/// Circuit-scoped notifications: pages call <see cref="Show"/>, the one <see cref="ToastHost"/>
/// of the layout subscribes and renders them.
/// </summary>
public sealed class ToastService
{
    private readonly List<Toast> _toasts = [];
    private readonly List<Action> _subscribers = [];
    private long _nextId;

    public IReadOnlyList<Toast> Toasts => _toasts;

    public Toast Show(string message, ToastKind kind = ToastKind.Info)
    {
        var toast = new Toast(Interlocked.Increment(ref _nextId), message, kind);
        _toasts.Add(toast);
        Notify();
        return toast;
    }

    public void Dismiss(long id)
    {
        if (_toasts.RemoveAll(t => t.Id == id) > 0) Notify();
    }

    public IDisposable Subscribe(Action onChanged)
    {
        _subscribers.Add(onChanged);
        return new Subscription(() => _subscribers.Remove(onChanged));
    }

    private void Notify()
    {
        foreach (var subscriber in _subscribers.ToArray()) subscriber();
    }

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        public void Dispose() => unsubscribe();
    }
}
