using InfraDesigner.Diagrams.Commands;
using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams;

/// <summary>The raw changes commands are made of; only commands call these.</summary>
public sealed partial class Diagram
{
    internal void AttachNode(NodeModel node, GroupModel? group)
    {
        if (!_nodesById.TryAdd(node.Id, node))
            throw new InvalidOperationException($"The diagram already holds an element with id '{node.Id}'.");
        if (node is GroupModel g)
            _groups.Add(g);
        else
            _nodes.Add(node);
        if (group is not null)
        {
            node.Group = group;
            group.AddChild(node);
        }
        RefreshLinksPassing([node.Bounds]);
        NodeAdded?.Invoke(node);
        RefitGroups(node);
        Changed?.Invoke();
    }

    internal void DetachNode(NodeModel node)
    {
        if (!_nodesById.Remove(node.Id))
            return;
        if (node is GroupModel g)
            _groups.Remove(g);
        else
            _nodes.Remove(node);
        var group = node.Group;
        group?.RemoveChild(node);
        node.Group = null;
        var wasSelected = node.Selected;
        node.Selected = false;
        _linksAtNode?.Remove(node); // its links went before it
        RefreshLinksPassing([node.Bounds]);
        NodeRemoved?.Invoke(node);
        if (group is not null)
            RefitGroups(group);
        if (wasSelected)
            SelectionChanged?.Invoke();
        Changed?.Invoke();
    }

    internal void AttachLink(LinkModel link)
    {
        if (!_linksById.TryAdd(link.Id, link))
            throw new InvalidOperationException($"The diagram already holds a link with id '{link.Id}'.");
        _links.Add(link);
        IndexLink(link, added: true);
        RefreshLinksBeside([link.Source.VisibleNode, link.Target.VisibleNode]);
        LinkAdded?.Invoke(link);
        Changed?.Invoke();
    }

    internal void DetachLink(LinkModel link)
    {
        if (!_linksById.Remove(link.Id))
            return;
        _links.Remove(link);
        IndexLink(link, added: false);
        RefreshLinksBeside([link.Source.VisibleNode, link.Target.VisibleNode]);
        var wasSelected = link.Selected;
        link.Selected = false;
        LinkRemoved?.Invoke(link);
        if (wasSelected)
            SelectionChanged?.Invoke();
        Changed?.Invoke();
    }

    /// <summary>Moves the nodes; <paramref name="manual"/> holds, move by move, whether the node then counts as placed by hand.</summary>
    internal void ApplyMoves(IReadOnlyList<NodeMove> moves, IReadOnlyList<bool> manual)
    {
        var boxes = moves.Where(m => IsObstacle(m.Node)).SelectMany(m => new[] { new Rect(m.From, m.Node.Size), new Rect(m.To, m.Node.Size) }).ToList();
        for (var i = 0; i < moves.Count; i++)
        {
            moves[i].Node.Position = moves[i].To;
            moves[i].Node.ManuallyPositioned = manual[i];
            moves[i].Node.Refresh();
        }
        RefreshLinksOf(moves.Select(m => m.Node));
        RefreshLinksPassing(boxes);
        foreach (var move in moves)
            RefitGroups(move.Node);
        NodesMoved?.Invoke(moves);
        Changed?.Invoke();
    }

    internal void ApplySize(NodeModel node, Size size)
    {
        var before = node.Bounds;
        node.Size = size;
        // Resizing a frame that wraps its children sets how small it may get around them.
        if (node is GroupModel { AutoSize: true } frame)
            frame.MinimumSize = size;
        RefreshLinksPassing([before, node.Bounds]);
        ReportChanged(node, "Size");
        RefreshLinksOf([node]);
        RefitGroups(node);
    }

    internal void Reparent(NodeModel node, GroupModel? group)
    {
        var previous = node.Group;
        previous?.RemoveChild(node);
        node.Group = group;
        group?.AddChild(node);
        LinkEndsChanged();
        ReportChanged(node, "Group");
        if (previous is not null)
            RefitGroups(previous);
        RefitGroups(node);
    }

    internal void ReportChanged(Model element, string property)
    {
        element.Refresh();
        ElementChanged?.Invoke(element, property);
        if (element is NodeModel node && property == "Collapsed")
        {
            ObstaclesChanged();
            LinkEndsChanged();
            // The frames around a collapsed group shrink with it.
            RefitGroups(node);
            RefreshLinksOf(node is GroupModel group ? group.Descendants().Prepend(node) : [node]);
        }
        Changed?.Invoke();
    }

    /// <summary>
    /// Links re-render when their version changes, so touch those attached to moved nodes, and those
    /// sharing a node with them (their anchors spread along the same sides).
    /// </summary>
    private void RefreshLinksOf(IEnumerable<NodeModel> nodes)
    {
        var set = nodes.SelectMany(n => n.Ancestors().Prepend(n)).ToHashSet();
        var beside = new HashSet<NodeModel>();
        foreach (var link in _links)
            if (set.Contains(link.Source.Node) || set.Contains(link.Target.Node))
            {
                link.Refresh();
                beside.Add(link.Source.VisibleNode);
                beside.Add(link.Target.VisibleNode);
            }
        RefreshLinksBeside(beside);
    }

    /// <summary>Re-fits the auto-sized groups around <paramref name="node"/>, innermost first.</summary>
    private void RefitGroups(NodeModel node)
    {
        foreach (var group in node is GroupModel self ? node.Ancestors().Prepend(self) : node.Ancestors())
        {
            if (!group.FitToChildren())
                continue;
            group.Refresh();
            ObstaclesChanged();
            RefreshLinksOf([group]);
            ElementChanged?.Invoke(group, "Bounds");
        }
    }
}
