namespace InfraDesigner.Simulation.LoadBalancing;

/// <summary>Requests routed to each member (in pool order) during one time bucket.</summary>
public sealed record LoadBucket(double StartSeconds, IReadOnlyList<int> RequestsPerMember);
