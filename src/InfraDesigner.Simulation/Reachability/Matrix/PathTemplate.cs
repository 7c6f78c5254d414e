namespace InfraDesigner.Simulation.Reachability.Matrix;

/// <summary>
/// The skeleton paths traced for one (source, destination) pair, standing for every pair of the same two
/// <see cref="ForwardingClasses"/> once its addresses and end devices are renamed. <see cref="Filters"/> holds, per path,
/// the rule sets of its crossings in the same order.
/// </summary>
internal sealed record PathTemplate(int Source, int Destination, uint SourceAddress, uint DestinationAddress, SkeletonPath[] Paths, RuleBits[][] Filters)
{
    public bool PortDependent { get; } = Paths.Any(p => p.PortDependent);

    /// <summary>Every firewall the paths cross, either way; null for a port-dependent template, which is traced in full per port.</summary>
    public int[]? Firewalls { get; } = Paths.Any(p => p.PortDependent) ? null : Paths.SelectMany(p => p.Crossings).Select(c => c.Firewall).Distinct().ToArray();
}
