using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;
using InfraDesigner.Web.Features.Editing;
using Microsoft.AspNetCore.Components;

namespace InfraDesigner.Web.Components.Canvas;

/// <summary>The canvas's context menus (right-click) and the in-place rename (double-click, or the menu's Rename).</summary>
public partial class TopologyCanvas
{
    private IReadOnlyList<CanvasCommand> _menu = [];
    private Point _menuAt;
    private Renaming? _renaming;

    /// <summary>A question to ask about an element ("what can reach sap?"), from its context menu.</summary>
    [Parameter] public EventCallback<string> AskRequested { get; set; }

    /// <summary>The node being renamed and where its input sits on screen, in pixels from the canvas's corner.</summary>
    private sealed record Renaming(NodeModel Node, string Name, double Left, double Top, double Width);

    private void SubscribeMenus()
    {
        _view.Diagram.ContextMenuRequested += (target, at) => _ = InvokeAsync(() => OpenMenu(target, at));
        _view.Diagram.NodeDoubleClicked += node => _ = InvokeAsync(() => StartRename(node));
    }

    private void OpenMenu(Model? target, Point world)
    {
        _renaming = null;
        _menu = target switch
        {
            NodeModel node => NodeMenu(node),
            LinkModel => [new("delete", "Delete", Run(d => d.Behaviors.Delete.DeleteSelection(d)))],
            _ => CanvasMenu(),
        };
        _menuAt = InsideCanvas(_view.Diagram.Viewport.WorldToScreen(world), _menu.Count);
        StateHasChanged();
    }

    /// <summary>Opens the menu left of or above the pointer when it would run off the canvas's right or bottom edge.</summary>
    private Point InsideCanvas(Point at, int items)
    {
        const double width = 200, itemHeight = 33;
        var canvas = _view.Diagram.CanvasSize;
        var height = items * itemHeight + 8;
        return new Point(
            at.X + width > canvas.Width ? Math.Max(0, at.X - width) : at.X,
            at.Y + height > canvas.Height ? Math.Max(0, at.Y - height) : at.Y);
    }

    private List<CanvasCommand> NodeMenu(NodeModel node)
    {
        var items = new List<CanvasCommand>();
        if (NameOf(node) is not null) items.Add(new("rename", "Rename", () => { StartRename(node); return Task.CompletedTask; }));
        if (!node.Locked)
        {
            items.Add(new("duplicate", "Duplicate", Run(d => d.Behaviors.Clipboard.Duplicate(d))));
            items.Add(new("delete", "Delete", Run(d => d.Behaviors.Delete.DeleteSelection(d))));
            items.Add(new("bring-to-front", "Bring to front", Run(d => d.BringToFront(d.SelectedNodes))));
            items.Add(new("send-to-back", "Send to back", Run(d => d.SendToBack(d.SelectedNodes))));
        }
        if (node is IElementModel { Element.Name: var name })
        {
            items.Add(new("ask-reach-this", "What can reach this?", () => AskRequested.InvokeAsync($"what can reach {name}?")));
            items.Add(new("ask-this-reaches", "What can this reach?", () => AskRequested.InvokeAsync($"what can {name} reach?")));
            items.Add(new("trace-to", "Trace to…", () => { StartTrace(name); return Task.CompletedTask; }));
        }
        return items;
    }

    private List<CanvasCommand> CanvasMenu()
    {
        var items = new List<CanvasCommand>();
        if (_view.Diagram.Behaviors.Clipboard.HasContent) items.Add(new("paste", "Paste", Run(d => d.Behaviors.Clipboard.Paste(d))));
        items.Add(new("fit", "Fit to window", Run(d => d.Behaviors.PanZoom.ZoomToFit(d))));
        items.Add(new("layout-all", "Re-layout all", () => LayoutAsync(keepMoved: false)));
        return items;
    }

    private Func<Task> Run(Action<Diagrams.Diagram> command) => () =>
    {
        command(_view.Diagram);
        return Task.CompletedTask;
    };

    private void CloseMenu()
    {
        _menu = [];
        _ = _canvas?.FocusAsync();
    }

    private static string? NameOf(NodeModel node) => node switch
    {
        IElementModel element => element.Element.Name,
        ZoneFrame zone => zone.Zone.Name,
        _ => null,
    };

    private void StartRename(NodeModel node)
    {
        if (NameOf(node) is not { } name) return;
        _menu = [];
        var viewport = _view.Diagram.Viewport;
        var corner = viewport.WorldToScreen(node.Position);
        _renaming = new Renaming(node, name, corner.X, corner.Y, Math.Max(160, node.Size.Width * viewport.Zoom));
        StateHasChanged();
    }

    /// <summary>Renames through the same edits as the properties panel; returns the reason when refused.</summary>
    private async Task<string?> RenameAsync(string name)
    {
        if (_renaming is not { Node: var node, Name: var old }) return null;
        Func<Domain.Topologies.Topology, Domain.Topologies.Topology> edit = node is ZoneFrame
            ? t => TopologyEdits.RenameZone(t, old, name)
            : t => TopologyEdits.Rename(t, old, name);
        var outcome = await Session.ApplyAsync(edit);
        RenderChromeIfChanged();
        if (outcome.Problems.Count > 0) return string.Join(" ", outcome.Problems.Select(p => p.Message));
        Select(node is ZoneFrame ? ZoneFrame.IdPrefix + name.Trim() : name.Trim());
        return null;
    }

    private void EndRename()
    {
        _renaming = null;
        StateHasChanged();
        _ = _canvas?.FocusAsync();
    }
}
