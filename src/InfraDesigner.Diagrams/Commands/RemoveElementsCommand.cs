using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams.Commands;

/// <summary>
/// Removes nodes (with everything inside removed groups) and links, including links left dangling;
/// undo puts every element back into its former group.
/// </summary>
public sealed class RemoveElementsCommand : IDiagramCommand
{
    private readonly List<NodeModel> _nodes;
    private readonly List<LinkModel> _links;
    private readonly Dictionary<NodeModel, GroupModel?> _formerGroups = [];

    public RemoveElementsCommand(IEnumerable<NodeModel> nodes, IEnumerable<LinkModel> links)
    {
        // Parents before children, so undo can re-add in this order.
        _nodes = nodes
            .SelectMany(n => n is GroupModel g ? g.Descendants().Prepend(n) : [n])
            .Distinct()
            .OrderBy(n => n.Ancestors().Count())
            .ToList();
        _links = links.ToList();
    }

    public string Name => "Delete";

    public void Execute(Diagram diagram)
    {
        var removed = _nodes.ToHashSet();
        foreach (var link in diagram.Links.Where(l => removed.Contains(l.Source.Node) || removed.Contains(l.Target.Node)))
            if (!_links.Contains(link))
                _links.Add(link);
        foreach (var link in _links)
            diagram.DetachLink(link);
        _formerGroups.Clear();
        for (var i = _nodes.Count - 1; i >= 0; i--)
        {
            _formerGroups[_nodes[i]] = _nodes[i].Group;
            diagram.DetachNode(_nodes[i]);
        }
    }

    public void Undo(Diagram diagram)
    {
        foreach (var node in _nodes)
            diagram.AttachNode(node, _formerGroups.GetValueOrDefault(node));
        foreach (var link in _links)
            diagram.AttachLink(link);
    }
}
