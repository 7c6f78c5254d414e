using System.Text.Json.Serialization;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Domain.Lessons.Faults;

/// <summary>One thing a fault-finding lab breaks in the starting topology, for the trainee to find and fix.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(InsertRuleFault), "insert-rule")]
[JsonDerivedType(typeof(RemoveRuleFault), "remove-rule")]
[JsonDerivedType(typeof(AccessVlanFault), "access-vlan")]
[JsonDerivedType(typeof(RemoveRouteFault), "remove-route")]
[JsonDerivedType(typeof(MemberDownFault), "member-down")]
[JsonDerivedType(typeof(TrunkVlanFault), "trunk-vlan")]
public abstract record Fault
{
    /// <summary>The topology with the fault in it; <see cref="FaultTargetException"/> when what it names is not there.</summary>
    public abstract Topology Apply(Topology topology);

    /// <summary>The topology with one interface's switchport changed; the interface is looked up by element and name.</summary>
    protected static Topology WithSwitchport(Topology topology, string elementName, string interfaceName, Func<Switchport?, Switchport> change)
    {
        var element = topology.FindElement(elementName) ?? throw new FaultTargetException("element", $"the topology has no element '{elementName}'");
        var index = element.Interfaces.Select(nic => nic.Name).ToList().IndexOf(interfaceName);
        if (index < 0) throw new FaultTargetException("interface", $"'{elementName}' has no interface '{interfaceName}'");
        var nic = element.Interfaces[index];
        return topology.WithElement(element with { Interfaces = element.Interfaces.SetItem(index, nic with { Switchport = change(nic.Switchport) }) });
    }

    protected static T Find<T>(Topology topology, string name, string field) where T : Element =>
        topology.FindElement<T>(name) ?? throw new FaultTargetException(field, $"the topology has no {typeof(T).Name.ToLowerInvariant()} '{name}'");
}
