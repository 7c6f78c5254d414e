using InfraDesigner.Diagrams.Models;
using InfraDesigner.Diagrams.Routing.PathGenerators;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace InfraDesigner.Diagrams.Components;

/// <summary>
/// Positions one node or group, draws its ports and resize handle, and hosts the component
/// registered for its model type. Renders again only when the node's version changed.
/// </summary>
public partial class NodeContainer
{
    private NodeModel? _rendered;
    private int _renderedVersion;
    private bool _renderedSimplified;

    [CascadingParameter]
    public Diagram Diagram { get; set; } = default!;

    [Parameter, EditorRequired]
    public NodeModel Node { get; set; } = default!;

    /// <summary>Draw a plain box instead of the node's component and ports (far zoomed out).</summary>
    [Parameter]
    public bool Simplified { get; set; }

    private Type ComponentType => Diagram.Components.Resolve(Node.GetType()) ?? typeof(NodeWidget);

    /// <summary>The registered component, opened directly: a DynamicComponent would add a component per node.</summary>
    private void RenderModelComponent(RenderTreeBuilder builder)
    {
        builder.OpenComponent(0, ComponentType);
        builder.AddComponentParameter(1, nameof(NodeWidget.Node), Node);
        builder.CloseComponent();
    }

    private string Parents => string.Join(' ', Node.Ancestors().Select(a => a.Id));

    private string Style =>
        $"left:{Px(Node.Position.X)};top:{Px(Node.Position.Y)};width:{Px(Node.Size.Width)};height:{Px(Node.Size.Height)}";

    private static string Px(double value) => SvgNumber.Format(value) + "px";

    protected override void OnInitialized() => Remember();

    protected override bool ShouldRender()
    {
        if (ReferenceEquals(_rendered, Node) && _renderedVersion == Node.Version && _renderedSimplified == Simplified)
            return false;
        Remember();
        return true;
    }

    private void Remember()
    {
        _rendered = Node;
        _renderedVersion = Node.Version;
        _renderedSimplified = Simplified;
    }
}
