using InfraDesigner.Domain;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Domain.Validation;
using InfraDesigner.Web.Features.Editing;

namespace InfraDesigner.Web.Components.Panels;

/// <summary>
/// An editor of one list inside the selected element (static routes, DNS records, proxy routes ...):
/// add, remove and change the item at an index, each one edit of the session, with messages kept at
/// the item's field ("staticRoutes[1].destination") and the validator's warnings for that field.
/// </summary>
public abstract class ItemListEditorBase<TItem> : ElementEditorBase
{
    private Topology? _validated;
    private Dictionary<string, string> _warnings = [];

    /// <summary>The list's name in the document, e.g. "staticRoutes".</summary>
    protected abstract string ListPath { get; }

    /// <summary>The element's items, when the element has this list.</summary>
    protected abstract bool TryGetItems(Element element, out EquatableArray<TItem> items);

    protected abstract Element WithItems(Element element, EquatableArray<TItem> items);

    protected EquatableArray<TItem> Items => Element is { } element && TryGetItems(element, out var items) ? items : default;

    protected string PathOf(int index, string field) => $"{ListPath}[{index}].{field}";

    protected string? ErrorAt(int index, string field) => ErrorAt(PathOf(index, field));

    /// <summary>The validator's warning for the field (a next hop outside every subnet ...), which does not refuse an edit.</summary>
    protected string? WarningAt(int index, string field)
    {
        if (!ReferenceEquals(_validated, Topology))
        {
            _validated = Topology;
            _warnings = WarningsOfElement(Topology, ElementName);
        }
        return _warnings.GetValueOrDefault(PathOf(index, field));
    }

    protected Task AddAsync(Func<EquatableArray<TItem>, TItem> create) =>
        ChangeListAsync(ListPath, items => items.Add(create(items)));

    protected async Task RemoveAsync(int index)
    {
        ClearErrorsUnder(ListPath);
        await ChangeListAsync(ListPath, items => ListEdits.Remove(items, index));
    }

    protected Task ReplaceAsync(int index, string field, Func<TItem, TItem> change) =>
        ChangeListAsync(PathOf(index, field), items => ListEdits.Replace(items, index, change(items[index])));

    /// <summary>Leaves the message at the field without an edit; for text that does not parse.</summary>
    protected Task RejectAsync(int index, string field, string message)
    {
        Reject(PathOf(index, field), message);
        return Task.CompletedTask;
    }

    private Task ChangeListAsync(string path, Func<EquatableArray<TItem>, EquatableArray<TItem>> change) =>
        UpdateAsync<Element>(path, element => TryGetItems(element, out var items)
            ? WithItems(element, change(items))
            : throw EditRefusedException.At(ListPath, $"{element.Name} has no {ListPath}."));

    /// <summary>Warnings under the element, by their path inside it ("elements[3].staticRoutes[0].nextHop" → "staticRoutes[0].nextHop").</summary>
    private static Dictionary<string, string> WarningsOfElement(Topology topology, string name)
    {
        var index = topology.Elements.ToList().FindIndex(e => e.Name == name);
        var prefix = $"elements[{index}].";
        return TopologyValidator.Validate(topology)
            .Where(p => !p.IsError && p.Path.StartsWith(prefix, StringComparison.Ordinal))
            .GroupBy(p => p.Path[prefix.Length..])
            .ToDictionary(g => g.Key, g => string.Join(" ", g.Select(p => p.Message)));
    }
}
