using InfraDesigner.Domain.Topologies;
using InfraDesigner.Web.Features.Editing;
using InfraDesigner.Web.Features.Reachability;
using MudBlazor;

namespace InfraDesigner.Web.Components.Intents;

/// <summary>
/// Checks the open topology's intents after every edit (this user's or another's), whatever tab is open, and
/// says with a toast which intents the edit broke or made hold: Batfish's differential reachability, live.
/// </summary>
public sealed class IntentWatch : IDisposable
{
    private readonly EditingSession _session;
    private readonly ISnackbar _toasts;
    private Topology? _checked;
    private Guid? _checkedId;
    private int _serial;

    public IntentWatch(EditingSession session, ISnackbar toasts)
    {
        (_session, _toasts) = (session, toasts);
        _session.Updated += OnUpdated;
    }

    /// <summary>The intents of the open topology as last checked.</summary>
    public IReadOnlyList<IntentResult> Results { get; private set; } = [];

    /// <summary>The results changed (a check finished).</summary>
    public event Action? Changed;

    /// <summary>Checks the open topology unless it was checked as it is now.</summary>
    public Task EnsureCheckedAsync() =>
        ReferenceEquals(_checked, _session.Topology) ? Task.CompletedTask : CheckAsync(announce: false);

    private void OnUpdated(TopologyUpdate update) => _ = CheckAsync(announce: true);

    private async Task CheckAsync(bool announce)
    {
        if (_session.Topology is not { } topology) return;
        var serial = ++_serial;
        var results = topology.Intents.Count == 0
            ? []
            : await Task.Run(() => IntentChecker.Check(topology, TopologySnapshots.Compile(topology)));
        if (serial != _serial) return;
        var before = _checkedId == _session.TopologyId ? Results : [];
        (_checked, _checkedId, Results) = (topology, _session.TopologyId, results);
        if (announce) Announce(before, results);
        Changed?.Invoke();
    }

    private void Announce(IReadOnlyList<IntentResult> before, IReadOnlyList<IntentResult> after)
    {
        var was = before.ToDictionary(r => r.Name, r => r.Holds);
        foreach (var result in after.Where(r => was.TryGetValue(r.Name, out var held) && held != r.Holds))
        {
            _toasts.Add(result.Holds
                ? $"Intent now holds: {result.From} {result.Expectation} {result.To}."
                : $"This edit broke an intent: {result.From} {result.Expectation} {result.To} ({result.Summary}).",
                result.Holds ? Severity.Success : Severity.Warning);
        }
    }

    public void Dispose() => _session.Updated -= OnUpdated;
}
