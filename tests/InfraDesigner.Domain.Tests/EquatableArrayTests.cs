using System.Collections.Immutable;

namespace InfraDesigner.Domain.Tests;

public sealed class EquatableArrayTests
{
    private sealed record Holder(string Name, EquatableArray<int> Numbers);

    [Fact]
    public void Records_holding_equal_items_are_equal_and_hash_alike()
    {
        var first = new Holder("a", [1, 2, 3]);
        var second = new Holder("a", ImmutableArray.Create(1, 2, 3));

        first.ShouldBe(second);
        (first == second).ShouldBeTrue();
        first.GetHashCode().ShouldBe(second.GetHashCode());
    }

    [Fact]
    public void Order_and_content_both_matter()
    {
        new Holder("a", [1, 2, 3]).ShouldNotBe(new Holder("a", [3, 2, 1]));
        new Holder("a", [1, 2]).ShouldNotBe(new Holder("a", [1, 2, 3]));
    }

    [Fact]
    public void The_default_value_is_an_empty_array_equal_to_an_empty_one()
    {
        EquatableArray<int> none = default;

        none.Count.ShouldBe(0);
        none.IsEmpty.ShouldBeTrue();
        none.ShouldBe(EquatableArray<int>.Empty);
        none.Add(7).ShouldBe([7]);
    }

    [Fact]
    public void Edits_return_new_arrays_and_leave_the_original_alone()
    {
        EquatableArray<string> original = ["a", "b", "c"];

        original.SetItem(1, "x").ShouldBe(["a", "x", "c"]);
        original.RemoveAt(0).ShouldBe(["b", "c"]);
        original.Insert(0, "z").ShouldBe(["z", "a", "b", "c"]);
        original.ShouldBe(["a", "b", "c"]);
    }
}
