using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Domain.Lessons.Faults;

/// <summary>Puts an access port in another VLAN: the classic "wrong VLAN on the port" ticket.</summary>
public sealed record AccessVlanFault : Fault
{
    public required string Element { get; init; }

    public required string Interface { get; init; }

    public required int Vlan { get; init; }

    public override Topology Apply(Topology topology)
    {
        var element = topology.FindElement(Element) ?? throw new FaultTargetException("element", $"the topology has no element '{Element}'");
        var index = element.Interfaces.Select(nic => nic.Name).ToList().IndexOf(Interface);
        if (index < 0) throw new FaultTargetException("interface", $"'{Element}' has no interface '{Interface}'");
        var nic = element.Interfaces[index];
        return topology.WithElement(element with { Interfaces = element.Interfaces.SetItem(index, nic with { Switchport = Switchport.Access(Vlan) }) });
    }
}
