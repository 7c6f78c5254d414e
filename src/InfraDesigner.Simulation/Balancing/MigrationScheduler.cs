namespace InfraDesigner.Simulation.Balancing;

/// <summary>
/// Lays a plan out in time, in plan order: each migration starts as soon as its source host, its
/// target host and its datastore all have a free vMotion slot. Bandwidth sharing between
/// concurrent migrations is not modelled: each takes the time the migration model gives it.
/// </summary>
internal static class MigrationScheduler
{
    public static IReadOnlyList<ScheduledMigration> Schedule(
        IReadOnlyList<BalanceRecommendation> plan, IReadOnlyList<string?> datastores, int perHost, int perDatastore)
    {
        var scheduled = new List<(ScheduledMigration Migration, string? Datastore)>(plan.Count);
        var start = 0.0;
        for (var i = 0; i < plan.Count; i++)
        {
            var move = plan[i];
            var datastore = datastores[i];
            while (true)
            {
                var at = start;
                var active = scheduled.Where(s => s.Migration.StartSeconds <= at && s.Migration.EndSeconds > at).ToList();
                bool Busy(string host) => active.Count(s => s.Migration.From == host || s.Migration.To == host) >= perHost;
                var datastoreBusy = datastore is not null && active.Count(s => s.Datastore == datastore) >= perDatastore;
                if (!Busy(move.From) && !Busy(move.To) && !datastoreBusy)
                {
                    break;
                }
                start = active.Min(s => s.Migration.EndSeconds);
            }
            scheduled.Add((new ScheduledMigration(move.Vm, move.From, move.To, start, start + move.MigrationSeconds), datastore));
        }
        return [.. scheduled.Select(s => s.Migration)];
    }
}
