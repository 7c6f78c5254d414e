namespace InfraDesigner.Domain.Topologies;

/// <summary>Where an element or zone is drawn. <see cref="ParentName"/> names the group (zone, cluster) it sits in.</summary>
public sealed record CanvasInfo
{
    public static CanvasInfo Default { get; } = new();

    public double X { get; init; }

    public double Y { get; init; }

    public double Width { get; init; } = 120;

    public double Height { get; init; } = 60;

    public string? ParentName { get; init; }

    public string? Colour { get; init; }

    public bool Collapsed { get; init; }

    /// <summary>Drawing order among its kind (boxes or frames): higher is drawn over lower (bring to front, send to back).</summary>
    public int Layer { get; init; }

    /// <summary>
    /// True once a user dragged the element (or typed its position) after it was created; an
    /// auto layout that keeps manual positions leaves it where it is. Drops, pastes and imports start false.
    /// </summary>
    public bool ManuallyPositioned { get; init; }
}
