using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;
using InfraDesigner.Diagrams.Routing.Obstacles;

namespace InfraDesigner.Diagrams;

public sealed partial class Diagram
{
    private ObstacleIndex? _obstacles;

    /// <summary>
    /// The boxes avoiding routers steer around: visible nodes and collapsed groups (an open group is a
    /// frame links cross). Built when first asked for after a node was added, removed, moved or resized.
    /// </summary>
    public ObstacleIndex Obstacles => _obstacles ??= new ObstacleIndex(AllNodes.Where(IsObstacle).Select(n => n.Bounds));

    private static bool IsObstacle(NodeModel node) => !node.IsHidden && (node is not GroupModel || node.Collapsed);

    private void ObstaclesChanged() => _obstacles = null;

    /// <summary>
    /// Links attached to a moved node route again anyway; a link whose drawn route passes a box the
    /// node left or entered routes again too, so it can steer around the node or straighten.
    /// </summary>
    private void RefreshLinksPassing(IReadOnlyCollection<Rect> boxes)
    {
        ObstaclesChanged();
        // A layout moves most nodes: then every link routes again, which is cheaper than testing each pair.
        var all = boxes.Count > ManyBoxes;
        foreach (var link in _links)
            if (all || (link.RouteBounds is { } drawn && boxes.Any(drawn.Intersects)))
                link.Refresh();
    }

    private const int ManyBoxes = 64;
}
