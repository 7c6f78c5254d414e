using InfraDesigner.Simulation.Reachability.Compiled;
using InfraDesigner.Simulation.Reachability.Model;
using InfraDesigner.Simulation.Reachability.Tracing;

namespace InfraDesigner.Simulation.Reachability.Matrix;

/// <summary>
/// Zone x zone x port (or element x element x port). In zone mode, endpoints are grouped into classes the
/// policies cannot tell apart: same zone, same subnet, not named by any rule; one representative per class is
/// traced, and every device named by a rule stands for itself. Destinations are those listening on the port.
/// </summary>
public static class MatrixAnalyzer
{
    public static MatrixAnswer Analyze(NetworkSnapshot snapshot, MatrixQuestion question)
    {
        var endpoints = new MatrixEndpoints(snapshot);
        var rows = question.Elements is { } elements
            ? elements.Select(e => (Name: e, Members: (IReadOnlyList<int>)[FlowResolver.FindDevice(snapshot, e) ?? throw new ArgumentException($"no element named '{e}'")])).ToArray()
            : endpoints.Zones().ToArray();
        var tracer = new Tracer(snapshot);
        var cells = new List<MatrixCell>();
        foreach (var (fromName, fromMembers) in rows)
        {
            foreach (var (toName, toMembers) in rows)
            {
                foreach (var port in question.Ports)
                {
                    var destinations = question.Elements is null ? endpoints.Listening(toMembers, question.Protocol, port) : toMembers;
                    var sources = question.Elements is null ? endpoints.SourceClasses(fromMembers) : fromMembers.Select(m => new[] { m }).ToArray();
                    cells.Add(Cell(snapshot, tracer, fromName, toName, port, question.Protocol, sources, destinations));
                }
            }
        }
        return new MatrixAnswer(rows.Select(r => r.Name).ToArray(), question.Ports, cells);
    }

    private static MatrixCell Cell(NetworkSnapshot snapshot, Tracer tracer, string from, string to, int port, Protocol protocol, IReadOnlyList<int[]> sources, IReadOnlyList<int> destinations)
    {
        var accepted = 0;
        var total = 0;
        (Flow Flow, Disposition Disposition)? allowedExample = null, refusedExample = null;
        foreach (var sourceClass in sources)
        {
            foreach (var destination in destinations)
            {
                var source = sourceClass.FirstOrDefault(s => s != destination, -1);
                if (source < 0)
                    continue;
                var flow = FlowResolver.ForDevices(snapshot, source, destination, protocol, port);
                var disposition = TraceAnalyzer.Combine(tracer.Trace(flow).Select(t => t.Path).ToArray());
                total++;
                if (disposition == Disposition.Accepted)
                {
                    accepted++;
                    allowedExample ??= (flow.Flow, disposition);
                }
                else
                {
                    refusedExample ??= (flow.Flow, disposition);
                }
            }
        }
        var verdict = total == 0 ? CellVerdict.NoFlows : accepted == total ? CellVerdict.Allowed : accepted == 0 ? CellVerdict.Denied : CellVerdict.Partial;
        var example = refusedExample ?? allowedExample;
        return new MatrixCell(from, to, port, verdict, accepted, total, example?.Flow, example?.Disposition);
    }
}
