using InfraDesigner.Simulation.Reachability.Tracing;

namespace InfraDesigner.Simulation.Reachability.Matrix;

/// <summary>
/// Who a matrix checks: its rows (zones, or the elements asked), each row's source classes, and the destinations
/// of each row on each port; plus the devices rules name, which the classes depend on.
/// </summary>
internal sealed record MatrixLayout(string[] Rows, IReadOnlyList<int[]>[] Sources, IReadOnlyList<int>[][] Destinations, IReadOnlySet<string> Named)
{
    public static MatrixLayout Of(NetworkSnapshot snapshot, MatrixQuestion question)
    {
        var endpoints = new MatrixEndpoints(snapshot);
        var rows = question.Elements is { } elements
            ? elements.Select(e => (Name: e, Members: (IReadOnlyList<int>)[FlowResolver.FindDevice(snapshot, e) ?? throw new ArgumentException($"no element named '{e}'")])).ToArray()
            : endpoints.Zones().ToArray();
        // Destinations depend on the row and port only: list them once, not once per source row.
        var destinations = rows.Select(r => question.Ports
            .Select(port => question.Elements is null ? endpoints.Listening(r.Members, question.Protocol, port) : r.Members)
            .ToArray()).ToArray();
        var sources = rows.Select(r => question.Elements is null ? endpoints.SourceClasses(r.Members) : r.Members.Select(m => new[] { m }).ToArray()).ToArray();
        return new([.. rows.Select(r => r.Name)], sources, destinations, endpoints.Named);
    }
}
