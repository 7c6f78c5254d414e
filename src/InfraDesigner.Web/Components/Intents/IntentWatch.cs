using InfraDesigner.Domain.Topologies;
using InfraDesigner.Web.Features.Editing;
using InfraDesigner.Web.Features.Reachability;
using MudBlazor;

namespace InfraDesigner.Web.Components.Intents;

/// <summary>
/// Checks the open topology's intents after every edit and says with a toast which intents the edit broke or
/// made hold: Batfish's differential reachability, live.
/// </summary>
public sealed class IntentWatch(EditingSession session, LiveSnapshot snapshots, ISnackbar toasts) : EditWatch<IReadOnlyList<IntentResult>>(session, [])
{
    protected override IReadOnlyList<IntentResult> Check(Topology topology) =>
        topology.Intents.Count == 0 ? [] : IntentChecker.Check(topology, snapshots.Of(topology));

    protected override void Announce(IReadOnlyList<IntentResult> before, IReadOnlyList<IntentResult> after)
    {
        var was = before.ToDictionary(r => r.Name, r => r.Holds);
        foreach (var result in after.Where(r => was.TryGetValue(r.Name, out var held) && held != r.Holds))
        {
            toasts.Add(result.Holds
                ? $"Intent now holds: {result.From} {result.Expectation} {result.To}."
                : $"This edit broke an intent: {result.From} {result.Expectation} {result.To} ({result.Summary}).",
                result.Holds ? Severity.Success : Severity.Warning);
        }
    }
}
