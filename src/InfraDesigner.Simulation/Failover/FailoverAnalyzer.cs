using InfraDesigner.Simulation.Placement;
using InfraDesigner.Simulation.Progress;

namespace InfraDesigner.Simulation.Failover;

/// <summary>HA failover: one "what if" scenario, or a sweep over every single and double host failure.</summary>
public static class FailoverAnalyzer
{
    public const string Engine = "failover";

    public static FailoverAnswer Analyze(ClusterState state, FailoverQuestion question) =>
        Analyze(state, question, ProgressSink.None, CancellationToken.None);

    internal static FailoverAnswer Analyze(ClusterState state, FailoverQuestion question, ProgressSink progress, CancellationToken cancellationToken)
    {
        if (question.TimeBudget is { } budget && budget <= TimeSpan.Zero)
        {
            throw new ArgumentException("The time budget must be positive.", nameof(question));
        }
        var simulator = new FailoverSimulator(state, question.RestartStrategy);
        var cluster = simulator.Cluster;
        var failed = question.FailedHosts.Select(cluster.ResolveHost).Distinct().ToArray();
        var outcome = simulator.Run(failed);
        SolverSearch? search = null;
        if (question.Planner == RestartPlanner.Optimal)
        {
            (outcome, search) = OptimalRestarts.Plan(simulator, failed, outcome, question.EffectiveTimeBudget, progress, cancellationToken);
        }
        var after = outcome.After;
        var restarts = outcome.Restarted.Select((v, i) => new VmRestart(i + 1, cluster.Vms[v].Name,
            cluster.Hosts[cluster.InitialHost[v]].Name, cluster.Hosts[after.HostOf[v]].Name, cluster.Vms[v].RestartPriority)).ToList();
        var notRestarted = outcome.Lost.Select(v =>
        {
            var explained = UnplacedVm.Explain(after, v);
            return new VmNotRestarted(cluster.Vms[v].Name, cluster.Hosts[cluster.InitialHost[v]].Name,
                cluster.Vms[v].RestartPriority, explained.MostCommonBlock, outcome.LostReason(v), explained.Blocks);
        }).ToList();
        var admission = question.Admission is { } policy ? AdmissionCalculator.Evaluate(simulator.Baseline, policy) : null;
        var names = failed.Select(h => cluster.Hosts[h].Name).ToArray();
        return new FailoverAnswer(names, restarts, notRestarted, admission, HostHeadroom.Of(after),
            Explain(names, restarts, notRestarted) + (search is null ? "" : " " + search.Summary), Assumptions(state, question), search);
    }

    private static string Assumptions(ClusterState state, FailoverQuestion q)
    {
        var admission = q.Admission is null
            ? "no admission control (HA off or not asked)"
            : q.Admission.Basis == AdmissionBasis.Reservations
                ? "admission control counts reservations as vSphere does (32 MHz per VM without a CPU reservation, memory reservation plus the VM's overhead, against the hosts' MHz and GB)"
                : "admission control counts provisioned vCPU and RAM against the capacity after overcommit (the provisioned view)";
        var order = q.Planner == RestartPlanner.Optimal
            ? "Restarts chosen all at once by CP-SAT (Google OR-Tools) to restart the most VMs by restart priority, each priority level outweighing every VM of the lower levels together " +
              $"(not the order vSphere HA follows; its order is the starting point and kept when the solver finds nothing better within {q.EffectiveTimeBudget.TotalSeconds:0.##} s), each to a host"
            : $"Restarts in vSphere HA's order: restart priority, then largest first, each to the {q.RestartStrategy} host";
        return $"{order} that passes every rule and still has " +
            $"the VM's provisioned size free (vCPU up to {state.EffectivePolicy.CpuRatio:0.##} per core, RAM up to {state.EffectivePolicy.RamRatio:0.##} × physical); " +
            $"{state.EffectiveOverhead.Describe()}; VMs with restart priority Disabled stay down; {admission}.";
    }

    public static IAsyncEnumerable<SimulationEvent> AnalyzeStreaming(
        ClusterState state, FailoverQuestion question, CancellationToken cancellationToken = default) =>
        SimulationStream.Run(Engine, (sink, ct) =>
        {
            sink.Report("restarting", 0, 1, $"failing {string.Join(", ", question.FailedHosts)}");
            return Analyze(state, question, sink, ct);
        }, cancellationToken);

    public static FailoverSweepAnswer Sweep(ClusterState state, FailoverSweepQuestion question) =>
        Sweep(state, question, ProgressSink.None, CancellationToken.None);

    public static IAsyncEnumerable<SimulationEvent> SweepStreaming(
        ClusterState state, FailoverSweepQuestion question, CancellationToken cancellationToken = default) =>
        SimulationStream.Run(Engine, (sink, ct) => Sweep(state, question, sink, ct), cancellationToken);

    internal static FailoverSweepAnswer Sweep(
        ClusterState state, FailoverSweepQuestion question, ProgressSink progress, CancellationToken cancellationToken)
    {
        if (question.MaxFailedHosts is < 1 or > 2)
        {
            throw new ArgumentOutOfRangeException(nameof(question), "MaxFailedHosts must be 1 or 2.");
        }
        var simulator = new FailoverSimulator(state, question.RestartStrategy);
        var hosts = simulator.Cluster.HostCount;
        var scenarios = new List<int[]>();
        for (var a = 0; a < hosts; a++)
        {
            scenarios.Add([a]);
        }
        for (var a = 0; question.MaxFailedHosts == 2 && a < hosts; a++)
        {
            for (var b = a + 1; b < hosts; b++)
            {
                scenarios.Add([a, b]);
            }
        }
        var results = new FailureScenario[scenarios.Count];
        for (var i = 0; i < results.Length; i++)
        {
            if (i % 64 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress.Report("sweeping", i, results.Length, $"{i} of {results.Length} failure scenarios");
            }
            results[i] = Summarise(simulator.Run(scenarios[i]), scenarios[i]);
        }
        progress.Report("sweeping", results.Length, results.Length, "done");
        var worst = results.Length == 0 ? null : results.MaxBy(s => s.Lost.Count);
        return new FailoverSweepAnswer(results, results.Count(s => s.AllRestarted), worst is { Lost.Count: > 0 } ? worst : null);
    }

    private static FailureScenario Summarise(FailoverOutcome outcome, int[] failed)
    {
        var cluster = outcome.After.Cluster;
        var lost = new LostVm[outcome.Lost.Count];
        for (var i = 0; i < lost.Length; i++)
        {
            var v = outcome.Lost[i];
            lost[i] = new LostVm(cluster.Vms[v].Name, BlockTally.MostCommon(outcome.After, v), outcome.LostReason(v));
        }
        return new FailureScenario(Array.ConvertAll(failed, h => cluster.Hosts[h].Name), outcome.Victims.Length, outcome.Restarted.Count, lost);
    }

    private static string Explain(string[] failed, List<VmRestart> restarts, List<VmNotRestarted> lost)
    {
        var head = $"If {string.Join(" and ", failed)} {(failed.Length == 1 ? "fails" : "fail")}, {restarts.Count} VM(s) restart";
        var where = restarts.Count == 0 ? "" : ": " + string.Join(", ", restarts.Select(r => $"{r.Vm} → {r.ToHost}"));
        var missing = lost.Count == 0
            ? "; every VM restarts."
            : "; " + string.Join(", ", lost.Select(l => $"{l.Vm} cannot ({l.Reason}; {l.MostCommonBlock} binds)")) + ".";
        return head + where + missing;
    }
}
