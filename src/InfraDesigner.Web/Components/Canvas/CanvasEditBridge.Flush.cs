using InfraDesigner.Domain.Topologies;
using InfraDesigner.Web.Features.Editing;

namespace InfraDesigner.Web.Components.Canvas;

public sealed partial class CanvasEditBridge
{
    private void Queue(Func<Topology, Topology> edit)
    {
        _pending.Add(edit);
        if (_flushScheduled) return;
        _flushScheduled = true;
        _ = FlushAfterGestureAsync();
    }

    /// <summary>Waits until the gesture's events are all raised (they come in one synchronous burst), then makes them one edit.</summary>
    private async Task FlushAfterGestureAsync()
    {
        await Task.Yield();
        _flushScheduled = false;
        var edits = _pending.ToList();
        _pending.Clear();
        Topology Combined(Topology t)
        {
            _addressesGiven.Clear();
            return edits.Aggregate(t, (current, edit) => edit(current));
        }
        var before = _session.Topology!;
        var outcome = await _session.ApplyAsync(Combined);
        if (outcome.Applied && _addressesGiven.Count > 0) AddressesGiven?.Invoke([.. _addressesGiven]);
        if (!outcome.Applied && outcome.Problems.Count > 0)
        {
            Refused?.Invoke(string.Join(" ", outcome.Problems.Select(p => p.Message)));
            Revert(before, Combined);
        }
        ClearTransients();
    }

    /// <summary>The canvas already shows the refused edit: take it back to the session's topology.</summary>
    private void Revert(Topology before, Func<Topology, Topology> edit)
    {
        Topology attempted;
        try
        {
            attempted = edit(before);
        }
        catch (EditRefusedException)
        {
            attempted = before;
        }
        ClearTransients();
        _view.Apply(_session.Topology!, TopologyItems.Diff(attempted, _session.Topology!));
    }

    private void ClearTransients()
    {
        if (_transientNodes.Count + _transientLinks.Count == 0)
        {
            _pastedNames.Clear();
            return;
        }
        var pasted = _pastedNames.Values.ToList();
        _view.RemoveQuietly(_transientNodes, _transientLinks);
        _transientNodes.Clear();
        _transientLinks.Clear();
        _pastedNames.Clear();
        _view.SelectElements(pasted);
    }
}
