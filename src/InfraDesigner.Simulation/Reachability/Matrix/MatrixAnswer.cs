namespace InfraDesigner.Simulation.Reachability.Matrix;

public sealed record MatrixAnswer(IReadOnlyList<string> Rows, IReadOnlyList<int> Ports, IReadOnlyList<MatrixCell> Cells)
{
    public MatrixCell Cell(string from, string to, int port) =>
        Cells.First(c => c.From == from && c.To == to && c.Port == port);
}
