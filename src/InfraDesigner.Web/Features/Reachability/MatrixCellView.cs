using InfraDesigner.Simulation.Reachability.Matrix;

namespace InfraDesigner.Web.Features.Reachability;

public sealed record MatrixCellView(string From, string To, int Port, string Verdict, int Accepted, int Checked, string? Example, string? ExampleDisposition)
{
    public static MatrixCellView Of(MatrixCell cell) =>
        new(cell.From, cell.To, cell.Port, cell.Verdict.ToString(), cell.Accepted, cell.Checked, cell.Example?.ToString(), cell.ExampleDisposition?.ToString());
}
