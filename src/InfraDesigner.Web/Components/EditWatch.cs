using InfraDesigner.Domain.Topologies;
using InfraDesigner.Web.Features.Editing;

namespace InfraDesigner.Web.Components;

/// <summary>
/// Checks the open topology after every edit (this user's or another's), whatever tab is open, off the circuit's
/// thread; a newer edit wins over a check still running. Subclasses say what is checked and what to announce.
/// </summary>
public abstract class EditWatch<TResults> : IDisposable where TResults : class
{
    private Topology? _checked;
    private Guid? _checkedId;
    private int _serial;

    protected EditWatch(EditingSession session, TResults empty)
    {
        (Session, Results, _empty) = (session, empty, empty);
        Session.Updated += OnUpdated;
    }

    private readonly TResults _empty;

    protected EditingSession Session { get; }

    /// <summary>The open topology's results as last checked.</summary>
    public TResults Results { get; private set; }

    /// <summary>The results changed (a check finished).</summary>
    public event Action? Changed;

    /// <summary>Checks the open topology unless it was checked as it is now.</summary>
    public Task EnsureCheckedAsync() =>
        ReferenceEquals(_checked, Session.Topology) ? Task.CompletedTask : CheckAsync(announce: false);

    /// <summary>The results for the topology as it is; runs on the thread pool.</summary>
    protected abstract TResults Check(Topology topology);

    /// <summary>Says what an edit changed, from the results before it to those after.</summary>
    protected abstract void Announce(TResults before, TResults after);

    /// <summary>Whether an edit can change the results; every edit does unless a subclass says otherwise.</summary>
    protected virtual bool Concerns(TopologyUpdate update) => true;

    private void OnUpdated(TopologyUpdate update)
    {
        if (Concerns(update)) _ = CheckAsync(announce: true);
    }

    private async Task CheckAsync(bool announce)
    {
        if (Session.Topology is not { } topology) return;
        var serial = ++_serial;
        var results = await Task.Run(() => Check(topology));
        if (serial != _serial) return;
        var before = _checkedId == Session.TopologyId ? Results : _empty;
        (_checked, _checkedId, Results) = (topology, Session.TopologyId, results);
        if (announce) Announce(before, results);
        Changed?.Invoke();
    }

    public void Dispose() => Session.Updated -= OnUpdated;
}
