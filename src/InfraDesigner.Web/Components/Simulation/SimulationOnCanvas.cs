using InfraDesigner.Diagrams.Highlighting;

namespace InfraDesigner.Web.Components.Simulation;

/// <summary>A simulation's answer drawn on the editor's canvas (an HA what-if, a balancing plan), with a title that says what it shows.</summary>
public sealed record SimulationPicture(Guid TopologyId, string Title, string Legend, DiagramHighlight Highlight);

/// <summary>
/// The circuit's simulation picture: the Simulate tab shows one, the canvas draws it over the topology until it is
/// cleared or a reachability question takes the canvas. One at a time, the latest shown.
/// </summary>
public sealed class SimulationOnCanvas
{
    public SimulationPicture? Picture { get; private set; }

    public event Action? Changed;

    public SimulationPicture? For(Guid topologyId) => Picture?.TopologyId == topologyId ? Picture : null;

    public void Show(SimulationPicture picture)
    {
        Picture = picture;
        Changed?.Invoke();
    }

    public void Clear()
    {
        if (Picture is null) return;
        Picture = null;
        Changed?.Invoke();
    }
}
