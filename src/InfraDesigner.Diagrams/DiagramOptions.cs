using InfraDesigner.Diagrams.Routing.PathGenerators;
using InfraDesigner.Diagrams.Routing.Routers;

namespace InfraDesigner.Diagrams;

public sealed record DiagramOptions
{
    /// <summary>Grid spacing in world units; 0 turns the grid and snapping off.</summary>
    public double GridSize { get; init; } = 20;

    public bool SnapToGrid { get; init; } = true;

    /// <summary>
    /// A drawing to look at: pan, zoom, select and the shortcuts that change nothing still work; drags,
    /// resizes, new links and editing shortcuts are refused, in the browser and again here.
    /// </summary>
    public bool ReadOnly { get; init; }

    /// <summary>How close (world units) an edge or centre must come to another's to line up with it.</summary>
    public double GuideThreshold { get; init; } = 6;

    public bool ShowAlignmentGuides { get; init; } = true;

    public double MinZoom { get; init; } = 0.1;

    public double MaxZoom { get; init; } = 4;

    /// <summary>Above this many nodes only those near the viewport are rendered.</summary>
    public int VirtualizationThreshold { get; init; } = 300;

    /// <summary>Extra screen pixels around the viewport that are still rendered, so short pans show no gaps.</summary>
    public double VirtualizationMargin { get; init; } = 400;

    /// <summary>
    /// On diagrams above <see cref="VirtualizationThreshold"/>, below this zoom nodes are drawn as
    /// plain boxes without their component or ports, which keeps zoomed-out views light. 0 turns it off.
    /// </summary>
    public double SimplifyBelowZoom { get; init; } = 0.4;

    /// <summary>How far (world units) each paste lands from the copied nodes.</summary>
    public double PasteOffset { get; init; } = 40;

    public IRouter DefaultRouter { get; init; } = new OrthogonalRouter();

    public IPathGenerator DefaultPathGenerator { get; init; } = new RoundedOrthogonalPathGenerator();

    /// <summary>Makes ids for pasted and duplicated elements.</summary>
    public Func<string> NewId { get; init; } = () => Guid.NewGuid().ToString("N");
}
