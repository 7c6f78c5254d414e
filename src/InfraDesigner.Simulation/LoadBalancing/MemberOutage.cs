namespace InfraDesigner.Simulation.LoadBalancing;

/// <summary>A member really fails at a time and (optionally) comes back; the balancer learns of it only through health checks.</summary>
public sealed record MemberOutage(string Member, double FailAtSeconds, double? RecoverAtSeconds = null);
