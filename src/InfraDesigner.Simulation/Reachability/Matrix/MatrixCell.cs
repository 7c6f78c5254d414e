using InfraDesigner.Simulation.Reachability.Tracing;

namespace InfraDesigner.Simulation.Reachability.Matrix;

/// <summary>One cell: how many of the flows checked were accepted, and an example (a refused one when there is one).</summary>
public sealed record MatrixCell(string From, string To, int Port, CellVerdict Verdict, int Accepted, int Checked, Flow? Example, Disposition? ExampleDisposition);
