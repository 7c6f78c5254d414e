using InfraDesigner.Simulation.Reachability.Tracing;

namespace InfraDesigner.Simulation.Reachability.Diff;

/// <summary>One flow's verdict; <see cref="Flow"/> and <see cref="Disposition"/> are null when a name does not exist in that snapshot.</summary>
internal sealed record BaselineEntry(FlowSpec Spec, ResolvedFlow? Flow, Disposition? Disposition, Crossing[] Crossings)
{
    public bool Reachable => Disposition == Tracing.Disposition.Accepted;
}
