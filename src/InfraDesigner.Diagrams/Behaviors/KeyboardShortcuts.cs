using InfraDesigner.Diagrams.Arrange;

namespace InfraDesigner.Diagrams.Behaviors;

/// <summary>The canvas's keyboard shortcuts; hosts may add, replace or list them.</summary>
public class KeyboardShortcuts
{
    private readonly List<Shortcut> _shortcuts = [];

    public KeyboardShortcuts()
    {
        Add("Delete", "Delete the selection", d => d.Behaviors.Delete.DeleteSelection(d), Edits);
        Add("Backspace", "Delete the selection", d => d.Behaviors.Delete.DeleteSelection(d), Edits);
        Add("Ctrl+Z", "Undo", d => d.Undo(), Edits);
        Add("Ctrl+Shift+Z", "Redo", d => d.Redo(), Edits);
        Add("Ctrl+Y", "Redo", d => d.Redo(), Edits);
        Add("Ctrl+C", "Copy", d => d.Behaviors.Clipboard.Copy(d));
        Add("Ctrl+V", "Paste", d => d.Behaviors.Clipboard.Paste(d), Edits);
        Add("Ctrl+D", "Duplicate", d => d.Behaviors.Clipboard.Duplicate(d), Edits);
        Add("Ctrl+A", "Select all", d => d.SelectAll());
        Add("Escape", "Clear the selection", d => d.ClearSelection());
        Add("+", "Zoom in", d => d.Behaviors.PanZoom.ZoomIn(d));
        Add("=", "Zoom in", d => d.Behaviors.PanZoom.ZoomIn(d));
        Add("-", "Zoom out", d => d.Behaviors.PanZoom.ZoomOut(d));
        Add("0", "Zoom to fit", d => d.Behaviors.PanZoom.ZoomToFit(d));
        Add("ArrowLeft", "Nudge left by one grid step", d => Nudge(d, -1, 0), Edits);
        Add("ArrowRight", "Nudge right by one grid step", d => Nudge(d, 1, 0), Edits);
        Add("ArrowUp", "Nudge up by one grid step", d => Nudge(d, 0, -1), Edits);
        Add("ArrowDown", "Nudge down by one grid step", d => Nudge(d, 0, 1), Edits);
        Add("Ctrl+Shift+F", "Bring the selection to front", d => d.BringToFront(d.SelectedNodes), Edits);
        Add("Ctrl+Shift+B", "Send the selection to back", d => d.SendToBack(d.SelectedNodes), Edits);
        Add("Alt+Shift+L", "Align the selection's left edges", d => d.AlignSelection(AlignEdge.Left), Edits);
        Add("Alt+Shift+C", "Align the selection's centres", d => d.AlignSelection(AlignEdge.Centre), Edits);
        Add("Alt+Shift+R", "Align the selection's right edges", d => d.AlignSelection(AlignEdge.Right), Edits);
        Add("Alt+Shift+T", "Align the selection's top edges", d => d.AlignSelection(AlignEdge.Top), Edits);
        Add("Alt+Shift+M", "Align the selection's middles", d => d.AlignSelection(AlignEdge.Middle), Edits);
        Add("Alt+Shift+B", "Align the selection's bottom edges", d => d.AlignSelection(AlignEdge.Bottom), Edits);
        Add("Alt+Shift+H", "Distribute the selection horizontally", d => d.DistributeSelection(Axis.Horizontal), Edits);
        Add("Alt+Shift+V", "Distribute the selection vertically", d => d.DistributeSelection(Axis.Vertical), Edits);
    }

    private const bool Edits = true;

    public IReadOnlyList<Shortcut> All => _shortcuts;

    /// <summary>The shortcuts that work on this diagram: on a read-only one, those that change nothing.</summary>
    public IEnumerable<Shortcut> Allowed(Diagram diagram) => _shortcuts.Where(s => !(diagram.Options.ReadOnly && s.Edits));

    /// <summary>Adds a shortcut, replacing any with the same keys; <paramref name="edits"/>: it changes the diagram, so a read-only one refuses it.</summary>
    public void Add(string chord, string description, Action<Diagram> action, bool edits = false)
    {
        var parsed = KeyChord.Parse(chord);
        _shortcuts.RemoveAll(s => s.Chord == parsed);
        _shortcuts.Add(new Shortcut(parsed, description, action, edits));
    }

    public void Remove(string chord) => _shortcuts.RemoveAll(s => s.Chord == KeyChord.Parse(chord));

    /// <summary>Runs the shortcut for the chord; false when none matches.</summary>
    public virtual bool Handle(Diagram diagram, KeyChord chord)
    {
        var shortcut = Allowed(diagram).FirstOrDefault(s => s.Chord == chord);
        if (shortcut is null)
            return false;
        shortcut.Action(diagram);
        return true;
    }

    private static void Nudge(Diagram diagram, int x, int y)
    {
        var step = diagram.Options.GridSize > 0 ? diagram.Options.GridSize : 1;
        var nodes = diagram.SelectedNodes.Where(n => !n.Locked).ToList();
        if (nodes.Count > 0)
            diagram.MoveNodes(nodes, x * step, y * step);
    }
}
