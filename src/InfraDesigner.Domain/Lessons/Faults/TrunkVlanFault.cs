using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Domain.Lessons.Faults;

/// <summary>A trunk stops carrying one of its tagged VLANs: the "VLAN not allowed on the trunk" ticket.</summary>
public sealed record TrunkVlanFault : Fault
{
    public required string Element { get; init; }

    public required string Interface { get; init; }

    /// <summary>The tagged VLAN the trunk no longer carries.</summary>
    public required int Vlan { get; init; }

    public override Topology Apply(Topology topology) => WithSwitchport(topology, Element, Interface, port =>
        port is { Mode: SwitchportMode.Trunk } trunk && trunk.AllowedVlans.Contains(Vlan)
            ? trunk with { AllowedVlans = trunk.AllowedVlans.Where(vlan => vlan != Vlan).ToEquatableArray() }
            : throw new FaultTargetException("vlan", $"'{Element}' {Interface} is no trunk carrying VLAN {Vlan} tagged"));
}
