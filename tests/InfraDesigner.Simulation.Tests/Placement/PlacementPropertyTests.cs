using FsCheck;
using FsCheck.Fluent;
using InfraDesigner.Simulation.Placement;

namespace InfraDesigner.Simulation.Tests.Placement;

public class PlacementPropertyTests
{
    private static readonly PlacementStrategy[] Strategies = Clusters.Heuristics;

    private static void ForAllSeeds(Func<int, bool> property) =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(150), Prop.ForAll<int>(property));

    [Fact]
    public void No_host_is_ever_over_capacity()
    {
        ForAllSeeds(seed =>
        {
            var (state, vms) = Clusters.Random(seed);
            return Strategies.All(s => PlacementAnalyzer.Analyze(state, new PlacementQuestion(vms, s)).Hosts.All(h =>
                h.Cpu.Used <= h.Cpu.Capacity + 1e-6 && h.Ram.Used <= h.Ram.Capacity + 1e-6 && h.Disk.Used <= h.Disk.Capacity + 1e-6));
        });
    }

    [Fact]
    public void No_mandatory_rule_is_ever_broken_and_no_maintenance_host_is_used()
    {
        ForAllSeeds(seed =>
        {
            var (state, vms) = Clusters.Random(seed);
            return Strategies.All(s => Invariants.RulesHold(state, PlacementAnalyzer.Analyze(state, new PlacementQuestion(vms, s)).Assignments.ToDictionary(a => a.Vm, a => a.Host)));
        });
    }

    [Fact]
    public void Placement_is_the_same_for_the_same_seed()
    {
        ForAllSeeds(seed =>
        {
            var (state, vms) = Clusters.Random(seed);
            return Strategies.All(s =>
            {
                var first = PlacementAnalyzer.Analyze(state, new PlacementQuestion(vms, s, Seed: seed));
                var second = PlacementAnalyzer.Analyze(state, new PlacementQuestion(vms, s, Seed: seed));
                return first.Assignments.SequenceEqual(second.Assignments) && first.Unplaced.Select(u => u.Vm).SequenceEqual(second.Unplaced.Select(u => u.Vm));
            });
        });
    }

    [Fact]
    public void Every_vm_is_either_placed_or_explained_on_every_host()
    {
        ForAllSeeds(seed =>
        {
            var (state, vms) = Clusters.Random(seed);
            var answer = PlacementAnalyzer.Analyze(state, new PlacementQuestion(vms, PlacementStrategy.DotProduct));
            return answer.Assignments.Count + answer.Unplaced.Count == vms.Count
                && answer.Unplaced.All(u => u.Blocks.Count == state.Hosts.Count && u.Blocks.All(b => b.Block != PlacementBlock.None));
        });
    }
}
