using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Services;

namespace InfraDesigner.Domain.Topologies;

/// <summary>
/// Anything drawn on the canvas and named uniquely in its topology. Every element may have network
/// interfaces (cabled by <see cref="Link"/>s), services listening on them, and application roles.
/// Engines pattern-match on the derived record types, or switch on <see cref="Kind"/>.
/// </summary>
public abstract record Element
{
    public required string Name { get; init; }

    public abstract ElementKind Kind { get; }

    public string? Description { get; init; }

    public CanvasInfo Canvas { get; init; } = CanvasInfo.Default;

    public EquatableArray<NetworkInterface> Interfaces { get; init; }

    public EquatableArray<Service> Services { get; init; }

    public EquatableArray<ApplicationRole> Roles { get; init; }

    public NetworkInterface? FindInterface(string name) =>
        Interfaces.FirstOrDefault(candidate => candidate.Name == name);
}
