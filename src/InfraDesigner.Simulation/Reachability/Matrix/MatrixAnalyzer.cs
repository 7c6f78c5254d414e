using InfraDesigner.Simulation.Reachability.Model;
using InfraDesigner.Simulation.Reachability.Tracing;

namespace InfraDesigner.Simulation.Reachability.Matrix;

/// <summary>
/// Zone x zone x port (or element x element x port). In zone mode, endpoints are grouped into classes the policies
/// cannot tell apart (see <see cref="MatrixEndpoints"/>) and one representative per class is checked; a cell stops
/// looking once it has seen both an accepted and a refused flow. Each flow is judged by <see cref="ClassJudge"/>:
/// forwarding traced once per pair of forwarding classes, firewall rules evaluated as bit sets.
/// </summary>
public static class MatrixAnalyzer
{
    public static MatrixAnswer Analyze(NetworkSnapshot snapshot, MatrixQuestion question, CancellationToken cancellationToken = default) =>
        Analyze(snapshot, question, new ClassJudge(snapshot, question.Protocol), cancellationToken);

    /// <summary>The matrix with flows judged by <paramref name="judge"/> (tests compare judges through it).</summary>
    internal static MatrixAnswer Analyze(NetworkSnapshot snapshot, MatrixQuestion question, IFlowJudge judge, CancellationToken cancellationToken = default) =>
        Judge(MatrixLayout.Of(snapshot, question), question, judge, kept: null, cancellationToken, recordFirewalls: false).Answer;

    /// <summary>
    /// Every cell of the layout, in row, column, port order, judged by <paramref name="judge"/>, except the ones
    /// <paramref name="kept"/> answers (by cell index) as they were; with each cell the firewalls its flows crossed
    /// (null where one was traced in full, so any firewall may decide it, or where <paramref name="recordFirewalls"/> is false).
    /// </summary>
    internal static (MatrixAnswer Answer, int[]?[] Firewalls) Judge(MatrixLayout layout, MatrixQuestion question, IFlowJudge judge,
        Func<int, (MatrixCell Cell, int[]? Firewalls)?>? kept, CancellationToken cancellationToken, bool recordFirewalls = true)
    {
        var rows = layout.Rows;
        var cells = new MatrixCell[rows.Length * rows.Length * question.Ports.Count];
        var firewalls = new int[]?[cells.Length];
        var crossed = new HashSet<int>();
        for (var from = 0; from < rows.Length; from++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var to = 0; to < rows.Length; to++)
            {
                for (var p = 0; p < question.Ports.Count; p++)
                {
                    var index = (from * rows.Length + to) * question.Ports.Count + p;
                    if (kept?.Invoke(index) is { } same)
                    {
                        (cells[index], firewalls[index]) = same;
                        continue;
                    }
                    crossed.Clear();
                    cells[index] = Cell(judge, rows[from], rows[to], question.Ports[p], layout.Sources[from], layout.Destinations[to][p], recordFirewalls ? crossed : null, out var anyFirewall);
                    firewalls[index] = anyFirewall || !recordFirewalls ? null : [.. crossed];
                }
            }
        }
        return (new MatrixAnswer(rows, question.Ports, cells), firewalls);
    }

    private static MatrixCell Cell(IFlowJudge judge, string from, string to, int port, IReadOnlyList<int[]> sources, IReadOnlyList<int> destinations,
        HashSet<int>? crossed, out bool anyFirewall)
    {
        anyFirewall = false;
        var accepted = 0;
        var total = 0;
        (int Source, int Destination, Disposition Disposition)? allowedExample = null, refusedExample = null;
        foreach (var sourceClass in sources)
        {
            foreach (var destination in destinations)
            {
                var source = OtherThan(sourceClass, destination);
                if (source < 0)
                    continue;
                var disposition = judge.Judge(source, destination, port);
                if (crossed is not null)
                {
                    if (judge.FirewallsOn(source, destination) is { } firewalls) crossed.UnionWith(firewalls);
                    else anyFirewall = true;
                }
                total++;
                if (disposition == Disposition.Accepted)
                {
                    accepted++;
                    allowedExample ??= (source, destination, disposition);
                }
                else
                {
                    refusedExample ??= (source, destination, disposition);
                }
                if (allowedExample is not null && refusedExample is not null)
                    return Build(judge, from, to, port, CellVerdict.Partial, accepted, total, refusedExample);
            }
        }
        var verdict = total == 0 ? CellVerdict.NoFlows : accepted == total ? CellVerdict.Allowed : CellVerdict.Denied;
        return Build(judge, from, to, port, verdict, accepted, total, refusedExample ?? allowedExample);
    }

    /// <summary>The first member of the class that is not <paramref name="destination"/>, or -1.</summary>
    private static int OtherThan(int[] sourceClass, int destination)
    {
        foreach (var member in sourceClass)
        {
            if (member != destination)
                return member;
        }
        return -1;
    }

    private static MatrixCell Build(IFlowJudge judge, string from, string to, int port, CellVerdict verdict, int accepted, int total, (int Source, int Destination, Disposition Disposition)? example) =>
        new(from, to, port, verdict, accepted, total, example is { } e ? judge.Flow(e.Source, e.Destination, port) : null, example?.Disposition);
}
