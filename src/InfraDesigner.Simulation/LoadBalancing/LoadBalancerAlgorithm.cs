namespace InfraDesigner.Simulation.LoadBalancing;

public enum LoadBalancerAlgorithm
{
    RoundRobin,

    /// <summary>Smooth weighted round robin (as nginx does it): weights spread evenly, not in bursts.</summary>
    WeightedRoundRobin,

    /// <summary>Fewest active connections per unit of weight; ties rotate.</summary>
    LeastConnections,

    /// <summary>Hash of the source IP over the healthy members (HAProxy "balance source"): sticky, but not consistent.</summary>
    SourceIpHash,

    /// <summary>Maglev consistent hashing (Eisenbud et al., NSDI 2016): sticky, and little moves when a member leaves. Weights are ignored.</summary>
    Maglev,
}
