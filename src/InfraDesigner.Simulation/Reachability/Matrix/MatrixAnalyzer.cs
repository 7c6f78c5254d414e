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
    internal static MatrixAnswer Analyze(NetworkSnapshot snapshot, MatrixQuestion question, IFlowJudge judge, CancellationToken cancellationToken = default)
    {
        var endpoints = new MatrixEndpoints(snapshot);
        var rows = question.Elements is { } elements
            ? elements.Select(e => (Name: e, Members: (IReadOnlyList<int>)[FlowResolver.FindDevice(snapshot, e) ?? throw new ArgumentException($"no element named '{e}'")])).ToArray()
            : endpoints.Zones().ToArray();
        // Destinations depend on the row and port only: list them once, not once per source row.
        var listening = rows.Select(r => question.Ports
            .Select(port => question.Elements is null ? endpoints.Listening(r.Members, question.Protocol, port) : r.Members)
            .ToArray()).ToArray();
        var cells = new List<MatrixCell>();
        foreach (var (fromName, fromMembers) in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sources = question.Elements is null ? endpoints.SourceClasses(fromMembers) : fromMembers.Select(m => new[] { m }).ToArray();
            for (var to = 0; to < rows.Length; to++)
            {
                for (var p = 0; p < question.Ports.Count; p++)
                    cells.Add(Cell(judge, fromName, rows[to].Name, question.Ports[p], sources, listening[to][p]));
            }
        }
        return new MatrixAnswer(rows.Select(r => r.Name).ToArray(), question.Ports, cells);
    }

    private static MatrixCell Cell(IFlowJudge judge, string from, string to, int port, IReadOnlyList<int[]> sources, IReadOnlyList<int> destinations)
    {
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
