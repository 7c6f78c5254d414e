using InfraDesigner.Simulation.Reachability.Tracing;

namespace InfraDesigner.Simulation.Reachability.Matrix;

/// <summary>What the matrix needs of a skeleton path (see <see cref="PortVerdict"/>): how it ended, where, and every firewall it crossed.</summary>
internal sealed record SkeletonPath(Disposition Disposition, Crossing[] Crossings, int EndDevice, bool PortDependent)
{
    public static SkeletonPath Of(TracedPath traced) => new(traced.Path.Disposition, traced.Crossings.ToArray(), traced.EndDevice, traced.PortDependent);
}
