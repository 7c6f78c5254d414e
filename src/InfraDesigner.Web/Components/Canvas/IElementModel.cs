using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Web.Components.Canvas;

/// <summary>A diagram node that draws one element of the topology.</summary>
public interface IElementModel
{
    Element Element { get; }

    /// <summary>Takes the element's new value; the caller refreshes the node.</summary>
    void Bind(Element element);

    /// <summary>The element a pasted copy starts from: not placed by the user, whatever its original was.</summary>
    static Element Unplaced(Element element) => element with { Canvas = element.Canvas with { ManuallyPositioned = false } };
}
