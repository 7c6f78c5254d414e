using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace InfraDesigner.Domain;

/// <summary>
/// An immutable array compared by its items, so records that hold collections keep value equality
/// (<c>original == roundTripped</c>). The default value behaves as an empty array.
/// </summary>
[CollectionBuilder(typeof(EquatableArray), nameof(EquatableArray.Create))]
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly ImmutableArray<T> items;

    public EquatableArray(ImmutableArray<T> items) => this.items = items;

    public static EquatableArray<T> Empty => new(ImmutableArray<T>.Empty);

    public ImmutableArray<T> Items => items.IsDefault ? ImmutableArray<T>.Empty : items;

    public int Count => items.IsDefault ? 0 : items.Length;

    public bool IsEmpty => Count == 0;

    public T this[int index] => Items[index];

    public EquatableArray<T> Add(T item) => new(Items.Add(item));

    public EquatableArray<T> AddRange(IEnumerable<T> more) => new(Items.AddRange(more));

    public EquatableArray<T> SetItem(int index, T item) => new(Items.SetItem(index, item));

    public EquatableArray<T> RemoveAt(int index) => new(Items.RemoveAt(index));

    public EquatableArray<T> Insert(int index, T item) => new(Items.Insert(index, item));

    public ImmutableArray<T>.Enumerator GetEnumerator() => Items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)Items).GetEnumerator();

    public bool Equals(EquatableArray<T> other) => Items.AsSpan().SequenceEqual(other.Items.AsSpan(), EqualityComparer<T>.Default);

    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in Items)
        {
            hash.Add(item);
        }
        return hash.ToHashCode();
    }

    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    public static implicit operator EquatableArray<T>(ImmutableArray<T> items) => new(items);

    public static implicit operator EquatableArray<T>(T[] items) => new(ImmutableArray.Create(items));

    public override string ToString() => $"[{string.Join(", ", Items)}]";
}
