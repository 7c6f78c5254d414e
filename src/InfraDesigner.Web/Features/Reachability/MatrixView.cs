using InfraDesigner.Simulation.Reachability.Matrix;

namespace InfraDesigner.Web.Features.Reachability;

/// <summary>The segmentation matrix: each cell allowed / denied / partial, with an example flow.</summary>
public sealed record MatrixView(IReadOnlyList<string> Rows, IReadOnlyList<int> Ports, string Protocol, IReadOnlyList<MatrixCellView> Cells)
{
    public static MatrixView Of(MatrixAnswer answer, string protocol) =>
        new(answer.Rows, answer.Ports, protocol, answer.Cells.Select(MatrixCellView.Of).ToArray());
}
