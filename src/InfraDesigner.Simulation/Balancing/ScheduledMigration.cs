namespace InfraDesigner.Simulation.Balancing;

/// <summary>
/// When a migration of the plan runs once the concurrency limits are applied (s from the start of the plan).
/// Null end: it does not converge with the link shared as it is. Null start: it waits for slots such a migration never frees.
/// </summary>
public sealed record ScheduledMigration(string Vm, string From, string To, double? StartSeconds, double? EndSeconds);
