namespace InfraDesigner.Diagrams.Geometry;

/// <summary>Rounds positions to the nearest grid line.</summary>
public sealed class GridSnapper(double gridSize)
{
    public double GridSize { get; } = gridSize;

    public double Snap(double value) => GridSize <= 0 ? value : Math.Round(value / GridSize) * GridSize;

    public Point Snap(Point p) => new(Snap(p.X), Snap(p.Y));
}
