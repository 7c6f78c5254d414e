namespace InfraDesigner.Diagrams.Behaviors;

/// <summary>Deletes the selected nodes and links, except locked nodes, as one undo step.</summary>
public class DeleteBehavior
{
    public virtual void DeleteSelection(Diagram diagram)
    {
        var nodes = diagram.SelectedNodes.Where(n => !n.Locked).ToList();
        var links = diagram.SelectedLinks.ToList();
        if (nodes.Count + links.Count > 0)
            diagram.Remove(nodes, links);
    }
}
