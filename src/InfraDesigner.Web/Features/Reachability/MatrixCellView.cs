using InfraDesigner.Simulation.Reachability.Matrix;

namespace InfraDesigner.Web.Features.Reachability;

/// <summary>One cell of the matrix; the example is the flow that decided it (the first refused one when some are), with its two elements to trace it again.</summary>
public sealed record MatrixCellView(string From, string To, int Port, string Verdict, int Accepted, int Checked, string? Example, string? ExampleDisposition,
    string? ExampleSource = null, string? ExampleDestination = null)
{
    public static MatrixCellView Of(MatrixCell cell) =>
        new(cell.From, cell.To, cell.Port, cell.Verdict.ToString(), cell.Accepted, cell.Checked, cell.Example?.ToString(), cell.ExampleDisposition?.ToString(),
            cell.Example?.Source, cell.Example?.Destination);
}
