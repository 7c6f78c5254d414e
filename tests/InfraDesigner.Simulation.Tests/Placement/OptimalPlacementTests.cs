using InfraDesigner.Simulation.Placement;
using InfraDesigner.Simulation.Progress;
using InfraDesigner.Testing;
using Xunit.Abstractions;
using static InfraDesigner.Simulation.Tests.Placement.Clusters;

namespace InfraDesigner.Simulation.Tests.Placement;

/// <summary>The Optimal strategy: CP-SAT with every rule as a constraint, and what it proves.</summary>
public class OptimalPlacementTests(ITestOutputHelper output)
{
    private static readonly PlacementStrategy[] Heuristics = Clusters.Heuristics;

    private static PlacementAnswer Place(ClusterState state, IReadOnlyList<VmSpec> vms, PlacementStrategy strategy, TimeSpan? budget = null) =>
        PlacementAnalyzer.Analyze(state, new PlacementQuestion(vms, strategy, TimeBudget: budget));

    private static Dictionary<string, string> HostOf(PlacementAnswer answer) => answer.Assignments.ToDictionary(a => a.Vm, a => a.Host);

    [Fact]
    public void The_native_solver_loads_and_proves_a_two_vm_placement_optimal()
    {
        var state = new ClusterState([Clusters.Host("a"), Clusters.Host("b")], []);

        var answer = Place(state, [Clusters.Vm("x", 4, 16), Clusters.Vm("y", 4, 16)], PlacementStrategy.Optimal);

        answer.Search!.Outcome.ShouldBe(SolverOutcome.ProvenOptimal);
        answer.HostsUsed.ShouldBe(1);
        answer.Search.Summary.ShouldStartWith("Proven optimal");
        answer.Assumptions.ShouldContain("CP-SAT");
    }

    /// <summary>
    /// The case: 10 hosts × 60 VMs with affinity, anti-affinity and host rules, where the consolidating
    /// heuristics leave VMs "fit nowhere" although a full placement exists (here one is planted: 85 % of every host).
    /// </summary>
    [Fact]
    public void On_ten_hosts_and_sixty_vms_with_rules_the_heuristics_leave_vms_out_and_optimal_places_all_sixty()
    {
        var (state, vms) = PlantedClusters.Build(seed: 2, hosts: 10, usedHosts: 10, vmsPerHost: 6, fill: 0.85);
        vms.Count.ShouldBe(60);

        foreach (var strategy in Heuristics)
        {
            var heuristic = Place(state, vms, strategy);
            output.WriteLine($"{strategy}: {heuristic.Unplaced.Count} left out, {heuristic.HostsUsed} hosts");
            heuristic.Unplaced.ShouldNotBeEmpty(strategy.ToString());
            heuristic.Unplaced.ShouldAllBe(u => !u.Proven && u.Verdict.StartsWith("not placed (not proven"));
        }
        var optimal = Place(state, vms, PlacementStrategy.Optimal, Generous);
        output.WriteLine($"Optimal: {optimal.Search!.Summary}");

        optimal.AllPlaced.ShouldBeTrue(optimal.Search.Summary);
        Invariants.RulesHold(state, HostOf(optimal)).ShouldBeTrue();
        Invariants.WithinCapacity(state, HostOf(optimal), vms).ShouldBeTrue();
    }

    /// <summary>
    /// Seeded planted instances (8 hosts, 30 VMs that fill 6 of them to 80 %, with rules): each heuristic's gap to the
    /// proven optimum, in hosts used and in VMs left out. Optimal's own gap is 0 % by construction.
    /// </summary>
    [Fact]
    public void The_gap_of_every_heuristic_to_the_proven_optimum_on_seeded_instances()
    {
        var worse = 0;
        for (var seed = 1; seed <= 5; seed++)
        {
            var (state, vms) = PlantedClusters.Build(seed, hosts: 8, usedHosts: 6, vmsPerHost: 5, fill: 0.8);
            var optimal = Place(state, vms, PlacementStrategy.Optimal, Generous);
            optimal.Search!.Outcome.ShouldBe(SolverOutcome.ProvenOptimal, optimal.Search.Summary);
            var line = $"seed {seed}: Optimal {optimal.HostsUsed} hosts (0 %)";
            foreach (var strategy in Heuristics)
            {
                var heuristic = Place(state, vms, strategy);
                var gap = 100.0 * (heuristic.HostsUsed - optimal.HostsUsed) / optimal.HostsUsed;
                line += $"; {strategy} {heuristic.HostsUsed} hosts ({gap:+0;-0;0} %), {heuristic.Unplaced.Count} left out";
                var notBetter = heuristic.Unplaced.Count > 0 || heuristic.HostsUsed >= optimal.HostsUsed;
                notBetter.ShouldBeTrue($"seed {seed}: {strategy} beat the proven optimum");
                worse += heuristic.Unplaced.Count > 0 || heuristic.HostsUsed > optimal.HostsUsed ? 1 : 0;
            }
            output.WriteLine(line);
            Invariants.RulesHold(state, HostOf(optimal)).ShouldBeTrue();
        }
        worse.ShouldBeGreaterThan(0, "some heuristic should fall short of the optimum on these instances");
    }

    /// <summary>
    /// Worked by hand: 30 vCPU (8, 6, 6, 4, 4, 2) on three 20-core hosts. Fewest hosts packs two hosts (one full, 100 %);
    /// balanced splits 10 + 10 + 10 ({8, 2}, {6, 4}, {6, 4}), so the busiest host is at 50 % (RAM and disk stay lower).
    /// </summary>
    [Fact]
    public void The_balanced_objective_proves_the_busiest_host_cannot_be_below_half_where_fewest_hosts_fills_one()
    {
        var state = new ClusterState([Clusters.Host("a"), Clusters.Host("b"), Clusters.Host("c")], []);
        VmSpec[] vms = [.. new[] { 8, 6, 6, 4, 4, 2 }.Select((vcpu, i) => Clusters.Vm($"vm{i}", vcpu, 8))];

        var fewest = Place(state, vms, PlacementStrategy.Optimal, Generous);
        var balanced = PlacementAnalyzer.Analyze(state, new PlacementQuestion(vms, PlacementStrategy.Optimal, TimeBudget: Generous, Objective: PlacementObjective.Balanced));

        fewest.HostsUsed.ShouldBe(2);
        balanced.Search!.Outcome.ShouldBe(SolverOutcome.ProvenOptimal, balanced.Search.Summary);
        balanced.HostsUsed.ShouldBe(3);
        balanced.Search.Summary.ShouldContain("busiest host at 50 % of its capacity, no placement keeps it lower");
        balanced.Assumptions.ShouldContain("the busiest host's largest share");
        var vcpuPerHost = balanced.Assignments.GroupBy(a => a.Host).Select(g => g.Sum(a => vms.Single(v => v.Name == a.Vm).Vcpu));
        vcpuPerHost.ShouldAllBe(total => total == 10);
    }

    [Fact]
    public void The_balanced_objective_with_a_heuristic_is_refused()
    {
        var state = new ClusterState([Clusters.Host("a")], []);

        Should.Throw<ArgumentException>(() => PlacementAnalyzer.Analyze(state,
            new PlacementQuestion([Clusters.Vm("x", 1, 1)], PlacementStrategy.WorstFit, Objective: PlacementObjective.Balanced)))
            .Message.ShouldContain("Optimal strategy only");
    }

    [Fact]
    public void When_not_every_vm_can_be_placed_it_is_proven_and_said_so()
    {
        var state = new ClusterState([Clusters.Host("a"), Clusters.Host("b")], [],
            Rules: new PlacementRules([new VmGroupRule("apart", VmGroupKind.AntiAffinity, ["x", "y", "z"])], []));

        var answer = Place(state, [Clusters.Vm("x", 2, 8), Clusters.Vm("y", 2, 8), Clusters.Vm("z", 2, 8)], PlacementStrategy.Optimal);

        answer.Search!.Outcome.ShouldBe(SolverOutcome.ProvenInfeasible);
        answer.Search.Proven.ShouldBeTrue();
        var left = answer.Unplaced.ShouldHaveSingleItem();
        left.Proven.ShouldBeTrue();
        left.Verdict.ShouldBe("left out (proven: at most 2 of the 3 VMs fit together)");
    }

    [Fact]
    public void A_heuristic_says_fits_nowhere_only_for_a_vm_no_host_could_take_even_alone()
    {
        var state = new ClusterState([Clusters.Host("a", cores: 8)], []);

        var answer = Place(state, [Clusters.Vm("huge", 16, 8), Clusters.Vm("first", 6, 8), Clusters.Vm("second", 6, 8)], PlacementStrategy.FirstFit);

        answer.Unplaced.Single(u => u.Vm == "huge").Verdict.ShouldStartWith("fits nowhere (proven");
        var second = answer.Unplaced.Single(u => u.Vm != "huge");
        second.Proven.ShouldBeFalse();
        second.Verdict.ShouldStartWith("not placed (not proven that it fits nowhere");
    }

    [Fact]
    public void Too_large_an_instance_falls_back_to_the_best_heuristic_and_names_it()
    {
        var hosts = Enumerable.Range(0, 600).Select(i => Clusters.Host($"h{i}")).ToList();
        var vms = Enumerable.Range(0, 500).Select(i => Clusters.Vm($"v{i}", 2, 8)).ToList();

        var answer = Place(new ClusterState(hosts, []), vms, PlacementStrategy.Optimal);

        answer.Search!.Outcome.ShouldBe(SolverOutcome.HeuristicFallback);
        answer.Search.Summary.ShouldContain($"the best heuristic's answer, {answer.Search.BestHeuristic}");
        answer.Search.Summary.ShouldContain("250,000 VM-host pairs");
        answer.AllPlaced.ShouldBeTrue();
    }

    /// <summary>The instance is one the solver cannot prove within the 60 s budget; cancelled at its first solution, it stops there.</summary>
    [Fact]
    public void Cancelling_stops_the_solver_during_its_search()
    {
        var (state, vms) = PlantedClusters.Build(seed: 1, hosts: 10, usedHosts: 10, vmsPerHost: 6, fill: 1.0);
        using var cancel = new CancellationTokenSource();
        var stages = new List<string>();
        var progress = new ProgressSink("test", p =>
        {
            stages.Add(p.Stage);
            if (p.Stage == "solving")
            {
                cancel.Cancel();
            }
        });

        Should.Throw<OperationCanceledException>(() => PlacementAnalyzer.Analyze(state,
            new PlacementQuestion(vms, PlacementStrategy.Optimal, TimeBudget: Generous), progress, cancel.Token));
        stages.ShouldContain("heuristics");
        stages.ShouldContain("model");
    }

    [Fact]
    public void A_budget_too_short_to_prove_gives_the_best_found_and_says_not_proven()
    {
        var (state, vms) = PlantedClusters.Build(seed: 1, hosts: 10, usedHosts: 10, vmsPerHost: 6, fill: 1.0);

        var answer = Place(state, vms, PlacementStrategy.Optimal, TimeSpan.FromMilliseconds(200));

        answer.Search!.Proven.ShouldBeFalse();
        answer.Search.Summary.ShouldContain("not proven");
        answer.Unplaced.ShouldAllBe(u => !u.Proven);
    }

    [Fact]
    public void A_time_budget_that_is_not_positive_is_refused()
    {
        var state = new ClusterState([Clusters.Host("a")], []);

        Should.Throw<ArgumentException>(() => Place(state, [Clusters.Vm("x", 1, 1)], PlacementStrategy.Optimal, TimeSpan.Zero))
            .Message.ShouldContain("time budget");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void On_random_clusters_optimal_keeps_every_rule_and_is_never_worse_than_a_heuristic(int seed)
    {
        var (state, vms) = Clusters.Random(seed);

        var optimal = Place(state, vms, PlacementStrategy.Optimal, TimeSpan.FromSeconds(5));

        Invariants.RulesHold(state, HostOf(optimal)).ShouldBeTrue();
        Invariants.WithinCapacity(state, HostOf(optimal), vms).ShouldBeTrue();
        foreach (var strategy in Heuristics)
        {
            var heuristic = Place(state, vms, strategy);
            (optimal.Assignments.Count > heuristic.Assignments.Count
                || (optimal.Assignments.Count == heuristic.Assignments.Count && optimal.HostsUsed <= heuristic.HostsUsed))
                .ShouldBeTrue($"{strategy}: {heuristic.Assignments.Count} VMs on {heuristic.HostsUsed} hosts, Optimal {optimal.Assignments.Count} on {optimal.HostsUsed}");
        }
    }
}
