using InfraDesigner.Simulation.Migration;

namespace InfraDesigner.Simulation.Balancing;

/// <summary>
/// Lays a plan out in time, in plan order: each migration starts as soon as its source host, its
/// target host and its datastore all have a free vMotion slot. Migrations leaving one host share its
/// link: a migration is priced with the link split among those running off its source when it starts
/// (itself included). One that would not converge holds its slots until the end of the timeline.
/// </summary>
internal static class MigrationScheduler
{
    public static IReadOnlyList<ScheduledMigration> Schedule(
        IReadOnlyList<BalanceRecommendation> plan, IReadOnlyList<string?> datastores, BalanceQuestion question)
    {
        var scheduled = new List<(ScheduledMigration Migration, string? Datastore)>(plan.Count);
        var start = 0.0;
        for (var i = 0; i < plan.Count; i++)
        {
            var move = plan[i];
            var datastore = datastores[i];
            List<(ScheduledMigration Migration, string? Datastore)> active;
            while (true)
            {
                var at = start;
                active = scheduled.Where(s => s.Migration.StartSeconds <= at && (s.Migration.EndSeconds ?? double.PositiveInfinity) > at).ToList();
                bool Busy(string host) => active.Count(s => s.Migration.From == host || s.Migration.To == host) >= question.ConcurrentPerHost;
                var datastoreBusy = datastore is not null && active.Count(s => s.Datastore == datastore) >= question.MaxConcurrentPerDatastore;
                if (!Busy(move.From) && !Busy(move.To) && !datastoreBusy)
                {
                    break;
                }
                start = active.Min(s => s.Migration.EndSeconds ?? double.PositiveInfinity);
            }
            if (double.IsPositiveInfinity(start))
            {
                scheduled.Add((new ScheduledMigration(move.Vm, move.From, move.To, null, null), datastore));
                continue;
            }
            var sharing = 1 + active.Count(s => s.Migration.From == move.From);
            var seconds = MigrationAnalyzer.Estimate(question.Migration(move.RamGib, sharing)).TotalSeconds;
            scheduled.Add((new ScheduledMigration(move.Vm, move.From, move.To, start, start + seconds), datastore));
        }
        return [.. scheduled.Select(s => s.Migration)];
    }
}
