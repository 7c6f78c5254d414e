namespace InfraDesigner.Simulation.Reachability.Compiled;

/// <summary>A link between two L2 nodes: leaves by interface <see cref="FromPort"/>, arrives at <see cref="ToPort"/>, in <see cref="Vlan"/> (0 when untagged between L3 interfaces).</summary>
internal readonly record struct L2Edge(int To, int FromPort, int ToPort, int Vlan);
