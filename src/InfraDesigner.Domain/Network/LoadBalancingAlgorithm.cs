namespace InfraDesigner.Domain.Network;

public enum LoadBalancingAlgorithm
{
    RoundRobin,
    Weighted,
    LeastConnections,
    SourceHash,
    Maglev,
}
