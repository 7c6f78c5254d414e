using FsCheck;
using FsCheck.Fluent;
using InfraDesigner.Simulation.Placement;
using InfraDesigner.Simulation.Progress;

namespace InfraDesigner.Simulation.Tests.Placement;

public class HostQueuesTests
{
    [Fact]
    public void The_per_size_host_queues_choose_exactly_the_hosts_the_plain_scan_chooses()
    {
        var property = Prop.ForAll<int>(seed =>
        {
            var random = new Random(seed);
            var hosts = Enumerable.Range(0, random.Next(20, 120))
                .Select(i => Clusters.Host($"h{i}", random.Next(8, 48), random.Next(32, 256), maintenance: random.Next(10) == 0))
                .ToList();
            int[][] flavors = [[1, 2], [2, 8], [4, 16], [8, 32]];
            var vms = Enumerable.Range(0, random.Next(50, 600))
                .Select(i => flavors[random.Next(flavors.Length)])
                .Select((f, i) => Clusters.Vm($"v{i}", f[0], f[1], diskGb: 10))
                .ToList();
            var rules = new PlacementRules([new VmGroupRule("apart", VmGroupKind.AntiAffinity, ["v0", "v1", "v2"])], []);
            var cluster = new CompiledCluster(new ClusterState(hosts, [], Rules: rules), vms);
            var order = Enumerable.Range(0, cluster.VmCount).ToArray();
            return new[] { PlacementStrategy.FirstFit, PlacementStrategy.BestFit, PlacementStrategy.WorstFit }.All(strategy =>
            {
                int[] Run(bool queues)
                {
                    var state = new PlacementState(cluster, keepInitialPlacement: false);
                    PlacementEngine.Place(state, order, strategy, PlacementEngine.HostOrder(cluster.HostCount, seed),
                        ProgressSink.None, CancellationToken.None, queues);
                    return state.HostOf;
                }
                return Run(queues: true).SequenceEqual(Run(queues: false));
            });
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(60), property);
    }
}
