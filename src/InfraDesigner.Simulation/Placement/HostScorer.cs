namespace InfraDesigner.Simulation.Placement;

/// <summary>The score phase: higher is better; a satisfied "should" rule outweighs any capacity score.</summary>
internal static class HostScorer
{
    private const double SoftRuleWeight = 1000;

    public static double Score(PlacementStrategy strategy, PlacementState state, int v, int h)
    {
        var cluster = state.Cluster;
        int b = h * CompiledCluster.D, a = v * CompiledCluster.D;
        var score = 0.0;
        for (var d = 0; d < CompiledCluster.D; d++)
        {
            var cap = cluster.Capacity[b + d];
            if (cap <= 0)
            {
                continue;
            }
            var free = (cap - state.Used[b + d]) / cap;
            var need = cluster.Demand[a + d] / cap;
            var left = free - need;
            score += strategy switch
            {
                PlacementStrategy.BestFit => -left,
                PlacementStrategy.WorstFit => left,
                PlacementStrategy.DotProduct => need * free,
                PlacementStrategy.L2Norm => -left * left,
                _ => 0,
            };
        }
        return cluster.HasSoftRules[v] ? score + SoftRuleWeight * state.SoftRuleScore(v, h) : score;
    }
}
