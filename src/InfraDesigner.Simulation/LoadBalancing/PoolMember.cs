namespace InfraDesigner.Simulation.LoadBalancing;

/// <summary>
/// A pool member: its weight and how many requests it serves at once (more wait in its queue). The topology
/// adapter sets the concurrency from the member's size (<see cref="LoadBalancerQuestion.DefaultRequestsPerVcpu"/>).
/// </summary>
public sealed record PoolMember(string Name, int Weight = 1, int Concurrency = 16);
