using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Domain.Lessons.Faults;

/// <summary>Puts an access port in another VLAN: the classic "wrong VLAN on the port" ticket.</summary>
public sealed record AccessVlanFault : Fault
{
    public required string Element { get; init; }

    public required string Interface { get; init; }

    public required int Vlan { get; init; }

    public override Topology Apply(Topology topology) => WithSwitchport(topology, Element, Interface, _ => Switchport.Access(Vlan));
}
