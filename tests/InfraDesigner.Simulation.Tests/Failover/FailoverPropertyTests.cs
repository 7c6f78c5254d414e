using FsCheck;
using FsCheck.Fluent;
using InfraDesigner.Simulation.Failover;
using InfraDesigner.Simulation.Placement;
using InfraDesigner.Simulation.Tests.Placement;

namespace InfraDesigner.Simulation.Tests.Failover;

public class FailoverPropertyTests
{
    [Fact]
    public void Restarts_never_overfill_a_survivor_break_a_rule_or_lose_a_vm_without_a_reason()
    {
        var property = Prop.ForAll<int>(seed =>
        {
            var (empty, vms) = Clusters.Random(seed);
            var hostOf = PlacementAnalyzer.Analyze(empty, new PlacementQuestion(vms, PlacementStrategy.WorstFit, seed))
                .Assignments.ToDictionary(a => a.Vm, a => a.Host);
            var state = empty with { Vms = [.. vms.Select(v => v with { Host = hostOf.GetValueOrDefault(v.Name) })] };
            var random = new Random(seed);
            var failed = state.Hosts.Select(h => h.Name).OrderBy(_ => random.Next()).Take(random.Next(1, 3)).ToList();

            var answer = FailoverAnalyzer.Analyze(state, new FailoverQuestion(failed));

            var affected = hostOf.Where(p => failed.Contains(p.Value)).Select(p => p.Key).ToHashSet();
            foreach (var restart in answer.Restarts)
            {
                hostOf[restart.Vm] = restart.ToHost;
            }
            foreach (var lost in answer.NotRestarted)
            {
                hostOf.Remove(lost.Vm);
            }
            return answer.Restarts.Count + answer.NotRestarted.Count == affected.Count
                && hostOf.Values.All(h => !failed.Contains(h))
                && answer.NotRestarted.All(l => l.MostCommonBlock != PlacementBlock.None && l.Reason.Length > 0)
                && Invariants.RulesHold(state, hostOf) && Invariants.WithinCapacity(state, hostOf, vms);
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(100), property);
    }
}
