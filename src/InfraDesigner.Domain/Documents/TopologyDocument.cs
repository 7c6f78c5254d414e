using InfraDesigner.Domain.Compute;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Domain.Documents;

/// <summary>
/// The versioned document (import/export and API format): a topology plus its <see cref="FormatVersion"/>.
/// Element, zone and link shapes are those of the model records, written camelCase with kebab-case enums.
/// </summary>
public sealed record TopologyDocument
{
    public required int FormatVersion { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    public EquatableArray<NetworkZone> Zones { get; init; }

    public EquatableArray<Vlan> Vlans { get; init; }

    public EquatableArray<VmTemplate> Templates { get; init; }

    public EquatableArray<Element> Elements { get; init; }

    public EquatableArray<Link> Links { get; init; }

    public EquatableArray<NatRule> NatRules { get; init; }

    public EquatableArray<Intent> Intents { get; init; }

    public static TopologyDocument From(Topology topology) => new()
    {
        FormatVersion = TopologyDocumentSerializer.CurrentFormatVersion,
        Name = topology.Name,
        Description = topology.Description,
        Zones = topology.Zones,
        Vlans = topology.Vlans,
        Templates = topology.Templates,
        Elements = topology.Elements,
        Links = topology.Links,
        NatRules = topology.NatRules,
        Intents = topology.Intents,
    };

    public Topology ToTopology() => new()
    {
        Name = Name,
        Description = Description,
        Zones = Zones,
        Vlans = Vlans,
        Templates = Templates,
        Elements = Elements,
        Links = Links,
        NatRules = NatRules,
        Intents = Intents,
    };
}
