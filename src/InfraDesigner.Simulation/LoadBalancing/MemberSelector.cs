namespace InfraDesigner.Simulation.LoadBalancing;

/// <summary>
/// The balancing algorithms, over the members currently in rotation (marked healthy and not draining).
/// Round robin is weighted as HAProxy's roundrobin is; the dynamic algorithms (round robin, least connections)
/// use the effective weights, which slow start lowers for a member that just came back.
/// </summary>
internal sealed class MemberSelector
{
    private readonly IReadOnlyList<PoolMember> members;
    private readonly LoadBalancerAlgorithm algorithm;
    private readonly int tableSize;
    private readonly double[] currentWeight;
    private int[] inRotation = [];
    private bool[] rotating = [];
    private int[] weightedMap = [];
    private MaglevTable? table;
    private int turn;

    public MemberSelector(IReadOnlyList<PoolMember> members, LoadBalancerAlgorithm algorithm, int tableSize)
    {
        this.members = members;
        this.algorithm = algorithm;
        this.tableSize = tableSize;
        currentWeight = new double[members.Count];
        EffectiveWeight = [.. members.Select(m => (double)m.Weight)];
        SetInRotation(Enumerable.Repeat(true, members.Count).ToArray());
    }

    /// <summary>The weight each member is picked with now: its weight, less during slow start.</summary>
    public double[] EffectiveWeight { get; }

    public bool InRotation(int member) => rotating[member];

    public void SetInRotation(bool[] inPool)
    {
        rotating = (bool[])inPool.Clone();
        inRotation = [.. Enumerable.Range(0, members.Count).Where(i => inPool[i])];
        Array.Clear(currentWeight);
        weightedMap = algorithm == LoadBalancerAlgorithm.SourceIpHash
            ? [.. inRotation.SelectMany(i => Enumerable.Repeat(i, members[i].Weight))]
            : [];
        table = algorithm == LoadBalancerAlgorithm.Maglev && inRotation.Length > 0
            ? new MaglevTable([.. inRotation.Select(i => members[i].Name)], tableSize, [.. inRotation.Select(i => members[i].Weight)])
            : null;
    }

    /// <summary>The member for a request from <paramref name="sourceIp"/>, or -1 when no member is in rotation.</summary>
    public int Pick(uint sourceIp, int[] activeConnections)
    {
        if (inRotation.Length == 0)
        {
            return -1;
        }
        return algorithm switch
        {
            LoadBalancerAlgorithm.RoundRobin or LoadBalancerAlgorithm.WeightedRoundRobin => SmoothWeighted(),
            LoadBalancerAlgorithm.LeastConnections => LeastConnections(activeConnections),
            LoadBalancerAlgorithm.SourceIpHash => weightedMap[(int)(StableHash.Mix(sourceIp) % (ulong)weightedMap.Length)],
            _ => inRotation[table!.Lookup(sourceIp)],
        };
    }

    private int SmoothWeighted()
    {
        var total = 0.0;
        var best = -1;
        foreach (var i in inRotation)
        {
            currentWeight[i] += EffectiveWeight[i];
            total += EffectiveWeight[i];
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
        for (var k = 0; k < inRotation.Length; k++)
        {
            var i = inRotation[(start + k) % inRotation.Length];
            if (best < 0 || active[i] * EffectiveWeight[best] < active[best] * EffectiveWeight[i])
            {
                best = i;
            }
        }
        return best;
    }
}
