using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams;

public sealed partial class Diagram
{
    public IEnumerable<NodeModel> SelectedNodes => AllNodes.Where(n => n.Selected);

    public IEnumerable<LinkModel> SelectedLinks => _links.Where(l => l.Selected);

    /// <summary>Selects exactly these elements (nodes, groups, links).</summary>
    public void Select(IEnumerable<Model> elements) => ChangeSelection(elements.ToHashSet(), replace: true);

    /// <summary>Adds elements to the selection.</summary>
    public void AddToSelection(IEnumerable<Model> elements) => ChangeSelection(elements.ToHashSet(), replace: false);

    public void ToggleSelected(Model element) => SetSelected(element, !IsSelected(element), raise: true);

    public void ClearSelection() => ChangeSelection([], replace: true);

    public void SelectAll() => ChangeSelection([.. AllNodes.Where(n => !n.IsHidden), .. _links], replace: true);

    private void ChangeSelection(HashSet<Model> elements, bool replace)
    {
        var changed = false;
        if (replace)
            foreach (var current in AllNodes.Where(n => n.Selected).Cast<Model>().Concat(SelectedLinks).ToList())
                if (!elements.Contains(current))
                    changed |= SetSelected(current, false, raise: false);
        foreach (var element in elements)
            changed |= SetSelected(element, true, raise: false);
        if (changed)
        {
            SelectionChanged?.Invoke();
            Changed?.Invoke();
        }
    }

    internal static bool IsSelected(Model element) => element switch
    {
        NodeModel n => n.Selected,
        LinkModel l => l.Selected,
        _ => false,
    };

    private bool SetSelected(Model element, bool selected, bool raise)
    {
        if (IsSelected(element) == selected)
            return false;
        switch (element)
        {
            case NodeModel n: n.Selected = selected; break;
            case LinkModel l: l.Selected = selected; break;
            default: return false;
        }
        element.Refresh();
        if (raise)
        {
            SelectionChanged?.Invoke();
            Changed?.Invoke();
        }
        return true;
    }
}
