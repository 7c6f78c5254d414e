using InfraDesigner.Domain;

namespace InfraDesigner.Web.Features.Editing;

/// <summary>Edits of an ordered list (firewall rules, pool members, share entries, interfaces ...).</summary>
public static class ListEdits
{
    public static EquatableArray<T> Replace<T>(EquatableArray<T> items, int index, T item) => items.SetItem(Checked(items, index), item);

    public static EquatableArray<T> Remove<T>(EquatableArray<T> items, int index) => items.RemoveAt(Checked(items, index));

    /// <summary>Moves the item at <paramref name="from"/> so it ends up at <paramref name="to"/>; out-of-range targets are clamped.</summary>
    public static EquatableArray<T> Move<T>(EquatableArray<T> items, int from, int to)
    {
        var item = items[Checked(items, from)];
        var without = items.RemoveAt(from);
        return without.Insert(Math.Clamp(to, 0, without.Count), item);
    }

    private static int Checked<T>(EquatableArray<T> items, int index) =>
        index >= 0 && index < items.Count ? index : throw EditRefusedException.At("$", $"There is no item {index + 1}; the list has {items.Count}.");
}
