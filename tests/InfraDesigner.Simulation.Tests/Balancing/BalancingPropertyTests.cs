using FsCheck;
using FsCheck.Fluent;
using InfraDesigner.Simulation.Balancing;
using InfraDesigner.Simulation.Placement;
using InfraDesigner.Simulation.Tests.Placement;

namespace InfraDesigner.Simulation.Tests.Balancing;

public class BalancingPropertyTests
{
    [Fact]
    public void Applying_a_plan_never_overfills_a_host_or_breaks_a_rule()
    {
        var property = Prop.ForAll<int>(seed =>
        {
            var (empty, vms) = Clusters.Random(seed);
            var placed = PlacementAnalyzer.Analyze(empty, new PlacementQuestion(vms, PlacementStrategy.BestFit, seed));
            var hostOf = placed.Assignments.ToDictionary(a => a.Vm, a => a.Host);
            var random = new Random(seed);
            var state = empty with
            {
                Vms = [.. vms.Select(v => v with { Host = hostOf.GetValueOrDefault(v.Name), CpuUtilization = random.NextDouble() })],
            };
            var available = state.Hosts.Where(h => !h.Maintenance).ToList();
            var maintenance = random.Next(2) == 0 && available.Count > 0 ? available[random.Next(available.Count)].Name : null;

            var answer = BalancingAnalyzer.Analyze(state, new BalanceQuestion(random.Next(1, 6), maintenance));

            foreach (var move in answer.Recommendations)
            {
                hostOf[move.Vm] = move.To;
            }
            var evacuated = maintenance is null || answer.Unmovable.Count > 0 || hostOf.Values.All(h => h != maintenance);
            return evacuated && Invariants.RulesHold(state, hostOf) && Invariants.WithinCapacity(state, hostOf, vms);
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(100), property);
    }
}
