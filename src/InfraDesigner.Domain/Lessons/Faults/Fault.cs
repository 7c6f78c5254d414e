using System.Text.Json.Serialization;
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

    protected static T Find<T>(Topology topology, string name, string field) where T : Element =>
        topology.FindElement<T>(name) ?? throw new FaultTargetException(field, $"the topology has no {typeof(T).Name.ToLowerInvariant()} '{name}'");
}
