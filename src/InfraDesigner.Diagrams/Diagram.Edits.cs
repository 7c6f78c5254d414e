using InfraDesigner.Diagrams.Commands;
using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;
using InfraDesigner.Diagrams.Routing;

namespace InfraDesigner.Diagrams;

public sealed partial class Diagram
{
    /// <summary>Runs a command and records it for undo.</summary>
    public void Execute(IDiagramCommand command) => UndoStack.Execute(command);

    public bool Undo() => UndoStack.Undo();

    public bool Redo() => UndoStack.Redo();

    public T AddNode<T>(T node, GroupModel? group = null) where T : NodeModel
    {
        Execute(new AddNodeCommand(node, group));
        return node;
    }

    public T AddGroup<T>(T group, GroupModel? parent = null) where T : GroupModel => AddNode(group, parent);

    public T AddLink<T>(T link) where T : LinkModel
    {
        Execute(new AddLinkCommand(link));
        return link;
    }

    /// <summary>Removes nodes (a group with all it contains) and links; links left dangling go too. One undo step.</summary>
    public void Remove(IEnumerable<NodeModel> nodes, IEnumerable<LinkModel>? links = null) =>
        Execute(new RemoveElementsCommand(nodes, links ?? []));

    public void Remove(LinkModel link) => Remove([], [link]);

    /// <summary>Moves nodes by an offset as one undo step; moving a group moves what it contains.</summary>
    public void MoveNodes(IEnumerable<NodeModel> nodes, double dx, double dy)
    {
        var moved = nodes.SelectMany(n => n is GroupModel g ? g.Descendants().Prepend(n) : [n]).Distinct();
        SetPositions(moved.Select(n => (n, n.Position.Add(dx, dy))));
    }

    /// <summary>Puts nodes at new positions as one undo step; <paramref name="byUser"/> false for computed layouts.</summary>
    public void SetPositions(IEnumerable<(NodeModel Node, Point Position)> positions, bool byUser = true)
    {
        var moves = positions.Where(p => p.Node.Position != p.Position)
            .Select(p => new NodeMove(p.Node, p.Node.Position, p.Position)).ToList();
        if (moves.Count > 0)
            Execute(new MoveNodesCommand(moves, byUser));
    }

    /// <summary>
    /// Sets whether a node counts as placed by hand, as the host's stored data says (a flag loaded with
    /// the drawing, not an edit): not undoable and not reported.
    /// </summary>
    public void SetManuallyPositioned(NodeModel node, bool manual) => node.ManuallyPositioned = manual;

    /// <summary>
    /// Sets the smallest an auto-sized frame gets around its children, as the host's stored data says
    /// (loaded with the drawing, not an edit): not undoable; the frame refits at once.
    /// </summary>
    public void SetMinimumSize(GroupModel group, Size size)
    {
        if (group.MinimumSize == size)
            return;
        group.MinimumSize = size;
        RefitGroups(group);
    }

    public void ResizeNode(NodeModel node, Size size) => Execute(new ResizeNodeCommand(node, size));

    public void SetTitle(NodeModel node, string? title) =>
        Execute(new ChangePropertyCommand<string?>(node, "Title", () => node.Title, v => node.Title = v, title));

    /// <summary>Replaces a node's host data (use records for data so old and new values stay distinct).</summary>
    public void SetData(NodeModel node, object? data) =>
        Execute(new ChangePropertyCommand<object?>(node, "Data", () => node.Data, v => node.Data = v, data));

    public void SetCollapsed(NodeModel node, bool collapsed) =>
        Execute(new ChangePropertyCommand<bool>(node, "Collapsed", () => node.Collapsed, v => node.Collapsed = v, collapsed));

    /// <summary>Locks a node in place (e.g. a zone in the background) or unlocks it.</summary>
    public void SetLocked(NodeModel node, bool locked) =>
        Execute(new ChangePropertyCommand<bool>(node, "Locked", () => node.Locked, v => node.Locked = v, locked));

    /// <summary>
    /// Re-renders an element whose host data changed outside a command (e.g. an edit that arrived
    /// from another user) and reports it through <see cref="ElementChanged"/>. Not undoable.
    /// </summary>
    public void Refresh(Model element, string property = "Data") => ReportChanged(element, property);

    /// <summary>Marks a node or link with a CSS class (a highlight, a change mark): presentation only, so not an undoable edit.</summary>
    public void SetCssClass(Model element, string? cssClass)
    {
        if (element.CssClass == cssClass)
            return;
        element.CssClass = cssClass;
        ReportChanged(element, "CssClass");
    }

    public void SetLinkLabel(LinkModel link, string? label) =>
        Execute(new ChangePropertyCommand<string?>(link, "Label", () => link.Label, v => link.Label = v, label));

    public void SetLinkColor(LinkModel link, string? color) =>
        Execute(new ChangePropertyCommand<string?>(link, "Color", () => link.Color, v => link.Color = v, color));

    public void SetLinkData(LinkModel link, object? data) =>
        Execute(new ChangePropertyCommand<object?>(link, "Data", () => link.Data, v => link.Data = v, data));

    /// <summary>Places a node inside a group, or takes it out with null.</summary>
    public void SetGroup(NodeModel node, GroupModel? group) => Execute(new SetGroupCommand(node, group));

    /// <summary>Links two ports; see <see cref="TryConnect(LinkEnd, LinkEnd?)"/>.</summary>
    public LinkModel? TryConnect(PortModel source, PortModel? target) =>
        TryConnect(LinkEnd.Of(source), target is null ? null : LinkEnd.Of(target));

    /// <summary>
    /// Links two ends (a port, or a whole node whose host picks the port later) if the
    /// <see cref="LinkValidator"/> allows it; otherwise raises <see cref="LinkRefused"/> with the
    /// reason and returns null. The link is one undo step.
    /// </summary>
    public LinkModel? TryConnect(LinkEnd source, LinkEnd? target)
    {
        var verdict = target is null ? LinkValidation.Refuse("Drop the link on another node.")
            : ReferenceEquals(source.Node, target.Node) ? LinkValidation.Refuse("A node cannot be linked to itself.")
            : LinkValidator?.Invoke(source, target) ?? LinkValidation.Ok;
        if (!verdict.IsValid)
        {
            LinkRefused?.Invoke(new LinkRefusal(source, target, verdict.Reason ?? "This link is not allowed."));
            return null;
        }
        return AddLink(LinkFactory?.Invoke(source, target!) ?? new LinkModel(source, target!));
    }
}
