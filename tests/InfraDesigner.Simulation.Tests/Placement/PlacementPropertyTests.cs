using FsCheck;
using FsCheck.Fluent;
using InfraDesigner.Simulation.Placement;

namespace InfraDesigner.Simulation.Tests.Placement;

public class PlacementPropertyTests
{
    private static readonly PlacementStrategy[] Strategies = Enum.GetValues<PlacementStrategy>();

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
            return Strategies.All(s => RulesHold(state, PlacementAnalyzer.Analyze(state, new PlacementQuestion(vms, s))));
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

    private static bool RulesHold(ClusterState state, PlacementAnswer answer)
    {
        var hostOf = answer.Assignments.ToDictionary(a => a.Vm, a => a.Host);
        if (answer.Assignments.Any(a => state.Hosts.Single(h => h.Name == a.Host).Maintenance))
        {
            return false;
        }
        foreach (var group in state.EffectiveRules.VmGroups)
        {
            var hosts = group.Vms.Where(hostOf.ContainsKey).Select(v => hostOf[v]).ToList();
            var ok = group.Kind == VmGroupKind.Affinity ? hosts.Distinct().Count() <= 1 : hosts.Distinct().Count() == hosts.Count;
            if (!ok)
            {
                return false;
            }
        }
        foreach (var rule in state.EffectiveRules.VmHostRules)
        {
            foreach (var vm in rule.Vms.Where(hostOf.ContainsKey))
            {
                var inSet = rule.Hosts.Contains(hostOf[vm]);
                if ((rule.Kind == VmHostRuleKind.MustRunOn && !inSet) || (rule.Kind == VmHostRuleKind.MustNotRunOn && inSet))
                {
                    return false;
                }
            }
        }
        return true;
    }
}
