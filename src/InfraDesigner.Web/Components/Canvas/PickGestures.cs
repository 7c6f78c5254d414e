using InfraDesigner.Diagrams;
using InfraDesigner.Diagrams.Behaviors;
using InfraDesigner.Domain.Network;

namespace InfraDesigner.Web.Components.Canvas;

/// <summary>While a <see cref="CanvasPick"/> runs, a click on an element or zone frame answers it (and selects nothing) and Esc cancels it; otherwise gestures work as usual.</summary>
public sealed class PickGestures(CanvasPick pick, GestureHandler usual) : GestureHandler
{
    public override bool Handle(Diagram diagram, CanvasGesture gesture)
    {
        if (!pick.Active) return usual.Handle(diagram, gesture);
        switch (gesture.Kind)
        {
            case "click":
                if (Endpoint(diagram, gesture.NodeId) is { } endpoint) _ = pick.CompleteAsync(endpoint);
                return true;
            case "key" when gesture.Key == "Escape":
                pick.Cancel();
                return true;
            default:
                return usual.Handle(diagram, gesture);
        }
    }

    private static string? Endpoint(Diagram diagram, string? nodeId) => diagram.GetNode(nodeId ?? "") switch
    {
        ZoneFrame zone => RuleEndpoint.Zone(zone.Zone.Name).ToString(),
        IElementModel element => RuleEndpoint.Element(element.Element.Name).ToString(),
        _ => null,
    };
}
