using InfraDesigner.Simulation.Reachability.Tracing;

namespace InfraDesigner.Simulation.Reachability.Diff;

/// <summary>A flow whose verdict changed; a null disposition means an element of the flow does not exist on that side.</summary>
public sealed record FlowChange(FlowSpec Flow, Disposition? Before, Disposition? After);
