namespace InfraDesigner.Diagrams.Behaviors;

/// <summary>The canvas's keyboard shortcuts; hosts may add, replace or list them.</summary>
public class KeyboardShortcuts
{
    private readonly List<Shortcut> _shortcuts = [];

    public KeyboardShortcuts()
    {
        Add("Delete", "Delete the selection", d => d.Behaviors.Delete.DeleteSelection(d));
        Add("Backspace", "Delete the selection", d => d.Behaviors.Delete.DeleteSelection(d));
        Add("Ctrl+Z", "Undo", d => d.Undo());
        Add("Ctrl+Shift+Z", "Redo", d => d.Redo());
        Add("Ctrl+Y", "Redo", d => d.Redo());
        Add("Ctrl+C", "Copy", d => d.Behaviors.Clipboard.Copy(d));
        Add("Ctrl+V", "Paste", d => d.Behaviors.Clipboard.Paste(d));
        Add("Ctrl+D", "Duplicate", d => d.Behaviors.Clipboard.Duplicate(d));
        Add("Ctrl+A", "Select all", d => d.SelectAll());
        Add("Escape", "Clear the selection", d => d.ClearSelection());
        Add("+", "Zoom in", d => d.Behaviors.PanZoom.ZoomIn(d));
        Add("=", "Zoom in", d => d.Behaviors.PanZoom.ZoomIn(d));
        Add("-", "Zoom out", d => d.Behaviors.PanZoom.ZoomOut(d));
        Add("0", "Zoom to fit", d => d.Behaviors.PanZoom.ZoomToFit(d));
        Add("ArrowLeft", "Nudge left by one grid step", d => Nudge(d, -1, 0));
        Add("ArrowRight", "Nudge right by one grid step", d => Nudge(d, 1, 0));
        Add("ArrowUp", "Nudge up by one grid step", d => Nudge(d, 0, -1));
        Add("ArrowDown", "Nudge down by one grid step", d => Nudge(d, 0, 1));
    }

    public IReadOnlyList<Shortcut> All => _shortcuts;

    /// <summary>Adds a shortcut, replacing any with the same keys.</summary>
    public void Add(string chord, string description, Action<Diagram> action)
    {
        var parsed = KeyChord.Parse(chord);
        _shortcuts.RemoveAll(s => s.Chord == parsed);
        _shortcuts.Add(new Shortcut(parsed, description, action));
    }

    public void Remove(string chord) => _shortcuts.RemoveAll(s => s.Chord == KeyChord.Parse(chord));

    /// <summary>Runs the shortcut for the chord; false when none matches.</summary>
    public virtual bool Handle(Diagram diagram, KeyChord chord)
    {
        var shortcut = _shortcuts.FirstOrDefault(s => s.Chord == chord);
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
