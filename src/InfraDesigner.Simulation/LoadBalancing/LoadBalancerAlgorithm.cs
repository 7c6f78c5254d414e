namespace InfraDesigner.Simulation.LoadBalancing;

public enum LoadBalancerAlgorithm
{
    /// <summary>
    /// Round robin by weight, as HAProxy's roundrobin: each member in turn, a weight-3 member three times as often,
    /// spread evenly (smooth weighted round robin, as nginx does it). Equal weights give plain rotation.
    /// </summary>
    RoundRobin,

    /// <summary>The same as <see cref="RoundRobin"/>, under nginx's name; kept so stored questions still read.</summary>
    WeightedRoundRobin,

    /// <summary>Fewest active connections per unit of weight; ties rotate.</summary>
    LeastConnections,

    /// <summary>Hash of the source IP over the healthy members (HAProxy "balance source"): sticky, but not consistent.</summary>
    SourceIpHash,

    /// <summary>Maglev consistent hashing (Eisenbud et al., NSDI 2016): sticky, and little moves when a member leaves. Weighted: a member's share of the table is its weight over the total.</summary>
    Maglev,
}
