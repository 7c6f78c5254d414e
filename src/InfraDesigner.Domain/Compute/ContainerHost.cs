using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Domain.Compute;

/// <summary>A host or VM running containers that share its kernel; only published ports are reachable.</summary>
public sealed record ContainerHost : Element
{
    public override ElementKind Kind => ElementKind.ContainerHost;

    public int Cores { get; init; } = 4;

    public double RamGb { get; init; } = 16;

    /// <summary>The physical host or VM this container runtime runs on, when drawn.</summary>
    public string? RunsOn { get; init; }

    public EquatableArray<PublishedPort> PublishedPorts { get; init; }
}
