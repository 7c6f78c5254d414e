namespace InfraDesigner.Simulation.Reachability.Matrix;

/// <summary>
/// The skeleton paths traced for one (source, destination) pair, standing for every pair of the same two
/// <see cref="ForwardingClasses"/> once its addresses and end devices are renamed.
/// </summary>
internal sealed record PathTemplate(int Source, int Destination, uint SourceAddress, uint DestinationAddress, IReadOnlyList<SkeletonPath> Paths)
{
    public bool PortDependent { get; } = Paths.Any(p => p.PortDependent);
}
