using InfraDesigner.Data.Documents;

namespace InfraDesigner.Web.Features.Editing;

/// <summary>One item of a topology going from <see cref="Before"/> to <see cref="After"/> (null: absent).</summary>
public sealed record ItemPatch(ItemKey Key, object? Before, object? After)
{
    public ItemPatch Reversed => new(Key, After, Before);
}
