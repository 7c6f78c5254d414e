namespace InfraDesigner.Web.Features.Editing;

/// <summary>How the canvas draws an element: a box, or a frame that holds other elements (a cluster its hosts, a host its VMs).</summary>
public enum ElementShape
{
    Node,
    Frame,
}
