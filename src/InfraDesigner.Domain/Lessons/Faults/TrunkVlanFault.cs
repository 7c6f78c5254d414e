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

    public override Topology Apply(Topology topology)
    {
        var element = topology.FindElement(Element) ?? throw new FaultTargetException("element", $"the topology has no element '{Element}'");
        var index = element.Interfaces.Select(nic => nic.Name).ToList().IndexOf(Interface);
        if (index < 0) throw new FaultTargetException("interface", $"'{Element}' has no interface '{Interface}'");
        var nic = element.Interfaces[index];
        if (nic.Switchport is not { Mode: SwitchportMode.Trunk } trunk || !trunk.AllowedVlans.Contains(Vlan))
            throw new FaultTargetException("vlan", $"'{Element}' {Interface} is no trunk carrying VLAN {Vlan} tagged");
        var pruned = trunk with { AllowedVlans = trunk.AllowedVlans.Where(vlan => vlan != Vlan).ToEquatableArray() };
        return topology.WithElement(element with { Interfaces = element.Interfaces.SetItem(index, nic with { Switchport = pruned }) });
    }
}
