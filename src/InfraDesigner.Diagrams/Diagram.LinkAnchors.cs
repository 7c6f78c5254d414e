using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams;

public sealed partial class Diagram
{
    private Dictionary<NodeModel, List<LinkModel>>? _linksAtNode;

    /// <summary>
    /// Where one end of a link attaches and on which side. A shown port is its own anchor; an end on a
    /// whole node attaches to the side facing the other end, and the links sharing that side are
    /// spread along it in the order of their other ends, so they neither meet in one point nor cross.
    /// </summary>
    public (Point Point, PortAlignment Side) AnchorOf(LinkModel link, bool source)
    {
        var (end, other) = source ? (link.Source, link.Target) : (link.Target, link.Source);
        var anchor = end.Anchor(other.Reference);
        if (end.ShowsPort)
            return anchor;
        var node = end.VisibleNode;
        var sharing = new List<(LinkModel Link, Point Other)>();
        foreach (var candidate in LinksAt(node))
        {
            var (near, far) = ReferenceEquals(candidate.Source.VisibleNode, node) ? (candidate.Source, candidate.Target) : (candidate.Target, candidate.Source);
            var towards = far.Reference;
            if (!near.ShowsPort && near.Anchor(towards).Side == anchor.Side)
                sharing.Add((candidate, towards));
        }
        if (sharing.Count < 2)
            return anchor;
        var along = anchor.Side.IsHorizontal() ? (Func<Point, double>)(p => p.Y) : p => p.X;
        sharing.Sort((a, b) => along(a.Other).CompareTo(along(b.Other)) is var c and not 0 ? c : string.CompareOrdinal(a.Link.Id, b.Link.Id));
        var fraction = (sharing.FindIndex(s => ReferenceEquals(s.Link, link)) + 1.0) / (sharing.Count + 1.0);
        var b = node.Bounds;
        var point = anchor.Side switch
        {
            PortAlignment.Top => new Point(b.Left + b.Width * fraction, b.Top),
            PortAlignment.Bottom => new Point(b.Left + b.Width * fraction, b.Bottom),
            PortAlignment.Left => new Point(b.Left, b.Top + b.Height * fraction),
            _ => new Point(b.Right, b.Top + b.Height * fraction),
        };
        return (point, anchor.Side);
    }

    /// <summary>The drawn links (ends on two different visible nodes) at a visible node.</summary>
    private List<LinkModel> LinksAt(NodeModel visible)
    {
        _linksAtNode ??= IndexLinksByVisibleNode();
        return _linksAtNode.GetValueOrDefault(visible) ?? [];
    }

    private Dictionary<NodeModel, List<LinkModel>> IndexLinksByVisibleNode()
    {
        var index = new Dictionary<NodeModel, List<LinkModel>>();
        foreach (var link in _links)
        {
            var (a, b) = (link.Source.VisibleNode, link.Target.VisibleNode);
            if (ReferenceEquals(a, b))
                continue;
            foreach (var node in new[] { a, b })
            {
                if (!index.TryGetValue(node, out var list))
                    index[node] = list = [];
                list.Add(link);
            }
        }
        return index;
    }

    /// <summary>Nodes were removed, hidden or shown, or moved between groups: the links at each node are looked up again.</summary>
    private void LinkEndsChanged() => _linksAtNode = null;

    /// <summary>Keeps the index of links by node up to date as one link comes or goes (loading adds thousands).</summary>
    private void IndexLink(LinkModel link, bool added)
    {
        if (_linksAtNode is null)
            return; // built when first needed
        var (a, b) = (link.Source.VisibleNode, link.Target.VisibleNode);
        if (ReferenceEquals(a, b))
            return;
        foreach (var node in new[] { a, b })
        {
            if (!_linksAtNode.TryGetValue(node, out var list))
                _linksAtNode[node] = list = [];
            if (added)
                list.Add(link);
            else
                list.Remove(link);
        }
    }

    /// <summary>Touches the links sharing a node with these (their anchors may spread differently now).</summary>
    private void RefreshLinksBeside(IEnumerable<NodeModel> visibleNodes)
    {
        foreach (var node in visibleNodes.Distinct())
            foreach (var link in LinksAt(node))
                link.Refresh();
    }
}
