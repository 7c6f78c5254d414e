using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams.Layout;

public sealed record LayeredLayoutOptions
{
    public LayoutDirection Direction { get; init; } = LayoutDirection.TopToBottom;

    /// <summary>Gap between layers.</summary>
    public double LayerSpacing { get; init; } = 80;

    /// <summary>Gap between neighbours in a layer.</summary>
    public double NodeSpacing { get; init; } = 40;

    /// <summary>Extra gap between bands.</summary>
    public double BandSpacing { get; init; } = 80;

    /// <summary>Leave nodes a user placed by hand where they are.</summary>
    public bool KeepManualPositions { get; init; }

    /// <summary>Barycentre sweeps to reduce crossings.</summary>
    public int OrderingSweeps { get; init; } = 4;

    public Func<NodeModel, LayoutHint?>? Hint { get; init; }
}
