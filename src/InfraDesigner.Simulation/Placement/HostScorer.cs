namespace InfraDesigner.Simulation.Placement;

/// <summary>
/// The score phase: higher is better; a satisfied "should" rule outweighs any capacity score.
/// Works on free capacity and demand normalised by the host's capacity (a resource a host lacks counts 0).
/// </summary>
internal static class HostScorer
{
    private const double SoftRuleWeight = 1000;

    public static double Score(PlacementStrategy strategy, PlacementState state, int v, int h)
    {
        var cluster = state.Cluster;
        var cap = cluster.Capacity;
        var inverse = cluster.InverseCapacity;
        var used = state.Used;
        var demand = cluster.Demand;
        int b = h * CompiledCluster.D, a = v * CompiledCluster.D;
        double free0 = (cap[b] - used[b]) * inverse[b], need0 = demand[a] * inverse[b];
        double free1 = (cap[b + 1] - used[b + 1]) * inverse[b + 1], need1 = demand[a + 1] * inverse[b + 1];
        double free2 = (cap[b + 2] - used[b + 2]) * inverse[b + 2], need2 = demand[a + 2] * inverse[b + 2];
        double left0 = free0 - need0, left1 = free1 - need1, left2 = free2 - need2;
        var score = strategy switch
        {
            PlacementStrategy.BestFit => -(left0 + left1 + left2),
            PlacementStrategy.WorstFit => left0 + left1 + left2,
            PlacementStrategy.DotProduct => need0 * free0 + need1 * free1 + need2 * free2,
            PlacementStrategy.L2Norm => -(left0 * left0 + left1 * left1 + left2 * left2),
            _ => 0,
        };
        return cluster.HasSoftRules[v] ? score + SoftRuleWeight * state.SoftRuleScore(v, h) : score;
    }
}
