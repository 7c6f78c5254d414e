using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Domain.Samples;

/// <summary>A built-in topology offered as "new from sample"; its <see cref="Name"/> is the one in DOMAIN.md.</summary>
public sealed record SampleTopology(string Name, string Title, string Description, Topology Topology);
