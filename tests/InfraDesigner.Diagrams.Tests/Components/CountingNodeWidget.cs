using InfraDesigner.Diagrams.Models;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace InfraDesigner.Diagrams.Tests.Components;

/// <summary>A host-style node component that counts its renders in the node's data.</summary>
public sealed class CountingNodeWidget : ComponentBase
{
    [Parameter]
    public NodeModel Node { get; set; } = default!;

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        ((RenderCount)Node.Data!).Value++;
        builder.OpenElement(0, "span");
        builder.AddAttribute(1, "class", "counting");
        builder.AddContent(2, Node.Title);
        builder.CloseElement();
    }
}

public sealed class RenderCount
{
    public int Value { get; set; }
}

public sealed class CountedNode(string id) : NodeModel(id)
{
}
