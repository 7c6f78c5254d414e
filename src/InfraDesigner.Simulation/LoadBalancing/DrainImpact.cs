namespace InfraDesigner.Simulation.LoadBalancing;

/// <summary>
/// How a drain went: requests the member held when it started draining, how many of them finished, how many were
/// cut at the drain timeout, and when the member was empty (null: not before the timeout or the end of the run).
/// </summary>
public sealed record DrainImpact(string Member, double StartedAtSeconds, int InFlight, int Completed, int Cut, double? EmptyAtSeconds);
