namespace InfraDesigner.Simulation.LoadBalancing;

/// <summary>The balancing algorithms, over the members currently marked healthy.</summary>
internal sealed class MemberSelector
{
    private readonly IReadOnlyList<PoolMember> members;
    private readonly LoadBalancerAlgorithm algorithm;
    private readonly int tableSize;
    private readonly int[] currentWeight;
    private int[] healthy = [];
    private int[] weightedMap = [];
    private MaglevTable? table;
    private int turn;

    public MemberSelector(IReadOnlyList<PoolMember> members, LoadBalancerAlgorithm algorithm, int tableSize)
    {
        this.members = members;
        this.algorithm = algorithm;
        this.tableSize = tableSize;
        currentWeight = new int[members.Count];
        SetHealthy(Enumerable.Repeat(true, members.Count).ToArray());
    }

    public void SetHealthy(bool[] isHealthy)
    {
        healthy = [.. Enumerable.Range(0, members.Count).Where(i => isHealthy[i])];
        Array.Clear(currentWeight);
        weightedMap = algorithm == LoadBalancerAlgorithm.SourceIpHash
            ? [.. healthy.SelectMany(i => Enumerable.Repeat(i, members[i].Weight))]
            : [];
        table = algorithm == LoadBalancerAlgorithm.Maglev && healthy.Length > 0
            ? new MaglevTable([.. healthy.Select(i => members[i].Name)], tableSize)
            : null;
    }

    /// <summary>The member for a request from <paramref name="sourceIp"/>, or -1 when no member is healthy.</summary>
    public int Pick(uint sourceIp, int[] activeConnections)
    {
        if (healthy.Length == 0)
        {
            return -1;
        }
        switch (algorithm)
        {
            case LoadBalancerAlgorithm.RoundRobin:
                return healthy[turn++ % healthy.Length];
            case LoadBalancerAlgorithm.WeightedRoundRobin:
                return SmoothWeighted();
            case LoadBalancerAlgorithm.LeastConnections:
                return LeastConnections(activeConnections);
            case LoadBalancerAlgorithm.SourceIpHash:
                return weightedMap[(int)(StableHash.Mix(sourceIp) % (ulong)weightedMap.Length)];
            default:
                return healthy[table!.Lookup(sourceIp)];
        }
    }

    private int SmoothWeighted()
    {
        var total = 0;
        var best = -1;
        foreach (var i in healthy)
        {
            currentWeight[i] += members[i].Weight;
            total += members[i].Weight;
            if (best < 0 || currentWeight[i] > currentWeight[best])
            {
                best = i;
            }
        }
        currentWeight[best] -= total;
        return best;
    }

    private int LeastConnections(int[] active)
    {
        var start = turn++;
        var best = -1;
        for (var k = 0; k < healthy.Length; k++)
        {
            var i = healthy[(start + k) % healthy.Length];
            if (best < 0 || (long)active[i] * members[best].Weight < (long)active[best] * members[i].Weight)
            {
                best = i;
            }
        }
        return best;
    }
}
