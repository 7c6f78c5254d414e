using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Simulation.Reachability.Matrix;
using InfraDesigner.Web.Features.Editing;
using InfraDesigner.Web.Features.Reachability;
using MudBlazor;

namespace InfraDesigner.Web.Components.Segmentation;

/// <summary>
/// Checks the zone × zone matrix (TCP, on the ports the services listen on) after every edit that changes more than
/// positions, and says with a toast which zone-to-zone flows the edit opened or closed; the Matrix tab lists them,
/// newest first. Batfish's differential reachability, live, on the matrix rather than on saved questions.
/// </summary>
public sealed class FlowWatch(EditingSession session, LiveSnapshot snapshots, ISnackbar toasts, TimeProvider clock) : EditWatch<MatrixAnswer>(session, Unchecked)
{
    public const int Kept = 50;
    private static readonly MatrixAnswer Unchecked = new([], [], []);
    private readonly List<ZoneFlowChange> _changes = [];

    /// <summary>The flows opened or closed by this session's view of the edits, newest first.</summary>
    public IReadOnlyList<ZoneFlowChange> Changes => _changes;

    protected override bool Concerns(TopologyUpdate update) => !update.Patches.All(p => p.OnlyMovesAnElement);

    protected override MatrixAnswer Check(Topology topology)
    {
        var snapshot = snapshots.Of(topology);
        return MatrixAnalyzer.Analyze(snapshot, new MatrixQuestion(ListeningPorts.Of(snapshot, Protocol.Tcp), Protocol.Tcp));
    }

    protected override void Announce(MatrixAnswer before, MatrixAnswer after)
    {
        if (ReferenceEquals(before, Unchecked)) return;
        var changes = ZoneFlowChange.Between(before, after, "tcp", clock.GetUtcNow()).ToList();
        if (changes.Count == 0) return;
        _changes.InsertRange(0, changes);
        if (_changes.Count > Kept) _changes.RemoveRange(Kept, _changes.Count - Kept);
        var (opened, closed) = (changes.Count(c => c.Opened), changes.Count(c => !c.Opened));
        toasts.Add(changes.Count == 1
            ? $"This edit {changes[0].Text}."
            : $"This edit opened {opened} and closed {closed} zone-to-zone flows: the Matrix tab lists them.",
            closed > 0 ? Severity.Warning : Severity.Info);
    }
}
