using InfraDesigner.Domain.Lessons;
using InfraDesigner.Domain.Lessons.Checks;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Simulation.Compute;
using InfraDesigner.Simulation.Failover;
using InfraDesigner.Simulation.Reachability;
using InfraDesigner.Simulation.Reachability.Compilation;
using InfraDesigner.Simulation.Reachability.Tracing;

namespace InfraDesigner.Simulation.Exercises;

/// <summary>
/// Grades a design against a lesson's checks by what it does: reachability by tracing, capacity by failing each
/// host in turn, openings by reading the rules. Any design that satisfies every check passes.
/// </summary>
public static class ExerciseGrader
{
    public static ExerciseGrade Grade(Topology topology, Lesson lesson, CancellationToken cancellationToken = default)
    {
        var snapshot = new Lazy<NetworkSnapshot>(() => TopologyCompiler.Compile(topology));
        return new ExerciseGrade(lesson.Checks.Select(check =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            return Grade(topology, snapshot, check);
        }).ToArray());
    }

    private static CheckResult Grade(Topology topology, Lazy<NetworkSnapshot> snapshot, ExerciseCheck check)
    {
        try
        {
            return check switch
            {
                ReachCheck reach => Reach(snapshot.Value, reach),
                NoOpeningCheck opening => NoOpening(topology, opening),
                SurvivesHostLossCheck survives => SurvivesHostLoss(topology, survives),
                _ => throw new NotSupportedException($"No grader for {check.GetType().Name}."),
            };
        }
        catch (Exception unanswerable) when (unanswerable is ArgumentException or ComputeInputException or TopologyCompilationException)
        {
            return new CheckResult(check, false, $"Cannot be checked yet: {Reason(unanswerable)}");
        }
    }

    private static CheckResult Reach(NetworkSnapshot snapshot, ReachCheck check)
    {
        var trace = TraceAnalyzer.Analyze(snapshot, new TraceQuestion(check.From, check.To, check.Protocol, check.Port));
        if (trace.Reachable != check.MustReach) return new CheckResult(check, false, trace.Summary);
        if (check.Via is not { } via || !check.MustReach) return new CheckResult(check, true, trace.Summary);
        var bypass = trace.Paths.FirstOrDefault(path => path.Disposition == Disposition.Accepted && !path.Devices.Contains(via));
        return bypass is null
            ? new CheckResult(check, true, $"{trace.Summary} Every path passes {via}.")
            : new CheckResult(check, false, $"A path does not pass {via}: {string.Join(" → ", bypass.Devices)}.");
    }

    private static CheckResult NoOpening(Topology topology, NoOpeningCheck check)
    {
        var openings = OpeningFinder.Find(topology, check);
        var allowed = check.ExceptPorts.Count == 0 ? "" : $" beyond port {string.Join(", ", check.ExceptPorts)}";
        return openings.Count == 0
            ? new CheckResult(check, true, $"No firewall opens zone {check.FromZone} to {check.To}{allowed}.")
            : new CheckResult(check, false, $"Zone {check.FromZone} is opened to {check.To}{allowed} by {string.Join("; ", openings)}.");
    }

    private static CheckResult SurvivesHostLoss(Topology topology, SurvivesHostLossCheck check)
    {
        var sweep = FailoverAnalyzer.Sweep(ClusterStateBuilder.From(topology, check.Cluster), new FailoverSweepQuestion(MaxFailedHosts: 1));
        if (sweep.WithLoss == 0)
            return new CheckResult(check, true, $"Whichever of its {sweep.Scenarios.Count} hosts fails, every VM restarts on the others.");
        var worst = sweep.Worst!;
        return new CheckResult(check, false,
            $"If {string.Join(" and ", worst.FailedHosts)} fails, {worst.Lost.Count} of its {worst.VmsAffected} VMs do not restart: {string.Join(", ", worst.Lost.Select(lost => lost.Vm))} ({worst.Lost[0].Reason}).");
    }

    private static string Reason(Exception error) => error is TopologyCompilationException refused
        ? string.Join("; ", refused.Problems.Where(problem => problem.IsError).Select(problem => problem.Message).Take(2))
        : error.Message;
}
