namespace InfraDesigner.Diagrams.Geometry;

/// <summary>An axis-aligned rectangle; Left/Top is the corner with the smallest coordinates.</summary>
public readonly record struct Rect(double Left, double Top, double Width, double Height)
{
    public Rect(Point position, Size size) : this(position.X, position.Y, size.Width, size.Height) { }

    public double Right => Left + Width;
    public double Bottom => Top + Height;
    public double CenterX => Left + Width / 2;
    public double CenterY => Top + Height / 2;
    public Point Center => new(CenterX, CenterY);
    public Point TopLeft => new(Left, Top);

    /// <summary>The rectangle spanned by two corners given in any order (a drag from a to b).</summary>
    public static Rect FromCorners(Point a, Point b) =>
        new(Math.Min(a.X, b.X), Math.Min(a.Y, b.Y), Math.Abs(a.X - b.X), Math.Abs(a.Y - b.Y));

    public bool Intersects(Rect other) =>
        Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;

    public bool Contains(Rect other) =>
        other.Left >= Left && other.Right <= Right && other.Top >= Top && other.Bottom <= Bottom;

    public bool Contains(Point p) => p.X >= Left && p.X <= Right && p.Y >= Top && p.Y <= Bottom;

    public Rect Inflate(double by) => new(Left - by, Top - by, Width + 2 * by, Height + 2 * by);

    public Rect Offset(double dx, double dy) => this with { Left = Left + dx, Top = Top + dy };

    public Rect Union(Rect other)
    {
        var left = Math.Min(Left, other.Left);
        var top = Math.Min(Top, other.Top);
        return new Rect(left, top, Math.Max(Right, other.Right) - left, Math.Max(Bottom, other.Bottom) - top);
    }

    /// <summary>The union of all rectangles, or null when there are none.</summary>
    public static Rect? UnionOf(IEnumerable<Rect> rects)
    {
        Rect? result = null;
        foreach (var r in rects)
            result = result is { } acc ? acc.Union(r) : r;
        return result;
    }
}
