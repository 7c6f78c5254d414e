using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams.Behaviors;

/// <summary>Click to select, shift/ctrl-click to toggle, drag a box over empty space to select what it encloses.</summary>
public class SelectionBehavior
{
    /// <summary>A click on an element (or on empty space when null).</summary>
    public virtual void Click(Diagram diagram, Model? target, bool toggle)
    {
        if (target is null)
        {
            if (!toggle)
                diagram.ClearSelection();
            return;
        }
        if (toggle)
            diagram.ToggleSelected(target);
        else
            diagram.Select([target]);
    }

    public virtual void BoxSelect(Diagram diagram, Rect box, bool additive)
    {
        var hits = HitTest(diagram, box);
        if (additive)
            diagram.AddToSelection(hits);
        else
            diagram.Select(hits);
    }

    /// <summary>The visible nodes and groups lying wholly inside the box.</summary>
    public static IReadOnlyList<NodeModel> HitTest(Diagram diagram, Rect box) =>
        [.. diagram.AllNodes.Where(n => !n.IsHidden && box.Contains(n.Bounds))];
}
