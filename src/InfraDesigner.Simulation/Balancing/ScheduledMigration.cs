namespace InfraDesigner.Simulation.Balancing;

/// <summary>When a migration of the plan runs once the concurrency limits are applied.</summary>
public sealed record ScheduledMigration(string Vm, string From, string To, double StartSeconds, double EndSeconds);
