using InfraDesigner.Data.Documents;

namespace InfraDesigner.Web.Features.Editing;

/// <summary>One item of a topology going from <see cref="Before"/> to <see cref="After"/> (null: absent).</summary>
public sealed record ItemPatch(ItemKey Key, object? Before, object? After)
{
    public ItemPatch Reversed => new(Key, After, Before);

    /// <summary>An element that only moved or was resized: nothing but its place on the canvas differs.</summary>
    public bool OnlyMovesAnElement =>
        Before is Domain.Topologies.Element before && After is Domain.Topologies.Element after && before with { Canvas = after.Canvas } == after;
}
