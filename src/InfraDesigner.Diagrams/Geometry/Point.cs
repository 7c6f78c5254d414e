namespace InfraDesigner.Diagrams.Geometry;

/// <summary>A point in diagram (world) coordinates.</summary>
public readonly record struct Point(double X, double Y)
{
    public static readonly Point Zero = new(0, 0);

    public Point Add(double dx, double dy) => new(X + dx, Y + dy);

    public Point Add(Point offset) => new(X + offset.X, Y + offset.Y);

    public Point Subtract(Point other) => new(X - other.X, Y - other.Y);

    public double DistanceTo(Point other) => Math.Sqrt((X - other.X) * (X - other.X) + (Y - other.Y) * (Y - other.Y));
}
