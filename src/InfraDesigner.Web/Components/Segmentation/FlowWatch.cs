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
/// newest first. Batfish's differential reachability, live, on the matrix rather than on saved questions. After a
/// rules-only edit only the cells whose flows cross the edited firewalls are judged again (<see cref="LiveMatrix"/>).
/// </summary>
public sealed class FlowWatch(EditingSession session, LiveSnapshot snapshots, ISnackbar toasts, TimeProvider clock) : EditWatch<MatrixAnswer>(session, Unchecked)
{
    public const int Kept = 50;
    private static readonly MatrixAnswer Unchecked = new([], [], []);
    private readonly List<ZoneFlowChange> _changes = [];

    /// <summary>The flows opened or closed by this session's view of the edits, newest first.</summary>
    public IReadOnlyList<ZoneFlowChange> Changes => _changes;

    protected override bool Concerns(TopologyUpdate update) => !update.Patches.All(p => p.OnlyMovesAnElement);

    // Checks may overlap (a newer edit does not wait); whichever matrix is kept, Next compares against its own snapshot.
    private LiveMatrix? _matrix;

    protected override MatrixAnswer Check(Topology topology)
    {
        var snapshot = snapshots.Of(topology);
        var question = new MatrixQuestion(ListeningPorts.Of(snapshot, Protocol.Tcp), Protocol.Tcp);
        var matrix = Volatile.Read(ref _matrix) is { } last ? last.Next(snapshot, question) : LiveMatrix.Analyze(snapshot, question);
        Volatile.Write(ref _matrix, matrix);
        return matrix.Answer;
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
