using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams.Behaviors;

/// <summary>
/// Detached copies of some nodes (with everything inside copied groups) and of the links between
/// them, under fresh ids. Parents come before children.
/// </summary>
public sealed record DiagramFragment(IReadOnlyList<NodeModel> Nodes, IReadOnlyDictionary<NodeModel, GroupModel> Parents, IReadOnlyList<LinkModel> Links)
{
    public static DiagramFragment Copy(IEnumerable<NodeModel> nodes, IEnumerable<LinkModel> links, IReadOnlyDictionary<NodeModel, GroupModel>? parents, Func<string> newId)
    {
        var originals = nodes
            .SelectMany(n => n is GroupModel g ? g.Descendants().Prepend(n) : [n])
            .Distinct()
            .ToList();
        var parentOf = (NodeModel n) => parents?.GetValueOrDefault(n) ?? n.Group;
        var copies = originals.ToDictionary(n => n, n => n.Copy(newId(), newId));
        var newParents = new Dictionary<NodeModel, GroupModel>();
        foreach (var original in originals)
            if (parentOf(original) is { } parent && copies.TryGetValue(parent, out var parentCopy))
                newParents[copies[original]] = (GroupModel)parentCopy;
        var newLinks = links
            .Where(l => copies.ContainsKey(l.Source.Node) && copies.ContainsKey(l.Target.Node))
            .Select(l => l.CopyWith(MapEnd(l.Source, copies), MapEnd(l.Target, copies), newId()))
            .ToList();
        var ordered = originals.Select(o => copies[o]).OrderBy(c => Depth(c, newParents)).ToList();
        return new DiagramFragment(ordered, newParents, newLinks);
    }

    private static LinkEnd MapEnd(LinkEnd end, Dictionary<NodeModel, NodeModel> copies)
    {
        var node = copies[end.Node];
        var port = end.Port is null ? null : node.Ports[end.Node.Ports.ToList().IndexOf(end.Port)];
        return new LinkEnd(node, port);
    }

    private static int Depth(NodeModel node, Dictionary<NodeModel, GroupModel> parents)
    {
        var depth = 0;
        for (var n = node; parents.TryGetValue(n, out var p); n = p)
            depth++;
        return depth;
    }
}
