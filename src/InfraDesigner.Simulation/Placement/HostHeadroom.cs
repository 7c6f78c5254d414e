namespace InfraDesigner.Simulation.Placement;

/// <summary>What a host has reserved and what is left, per resource.</summary>
public sealed record HostHeadroom(string Host, bool Available, ResourceLoad Cpu, ResourceLoad Ram, ResourceLoad Disk)
{
    internal static IReadOnlyList<HostHeadroom> Of(PlacementState state)
    {
        var cluster = state.Cluster;
        var result = new HostHeadroom[cluster.HostCount];
        for (var h = 0; h < result.Length; h++)
        {
            ResourceLoad Load(Resource r) =>
                new(state.Used[h * CompiledCluster.D + (int)r], cluster.Capacity[h * CompiledCluster.D + (int)r]);
            result[h] = new HostHeadroom(cluster.Hosts[h].Name, state.IsAvailable(h), Load(Resource.Cpu), Load(Resource.Ram), Load(Resource.Disk));
        }
        return result;
    }
}
