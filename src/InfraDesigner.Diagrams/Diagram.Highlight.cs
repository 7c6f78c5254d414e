using InfraDesigner.Diagrams.Highlighting;

namespace InfraDesigner.Diagrams;

public sealed partial class Diagram
{
    /// <summary>What stands out on the drawing now; <see cref="DiagramHighlight.None"/> when nothing does.</summary>
    public DiagramHighlight Highlight { get; private set; } = DiagramHighlight.None;

    /// <summary>Shows a highlight instead of the current one; only the nodes whose classes change render again. Not an edit.</summary>
    public void SetHighlight(DiagramHighlight highlight)
    {
        var before = Highlight;
        if (ReferenceEquals(before, highlight))
            return;
        Highlight = highlight;
        foreach (var id in before.NodeClasses.Keys.Union(highlight.NodeClasses.Keys))
        {
            if (before.ClassOf(id) != highlight.ClassOf(id))
                GetNode(id)?.Refresh();
        }
        Changed?.Invoke();
    }

    public void ClearHighlight() => SetHighlight(DiagramHighlight.None);
}
