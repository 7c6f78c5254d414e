using InfraDesigner.Simulation.Failover;
using InfraDesigner.Simulation.Placement;
using static InfraDesigner.Simulation.Tests.Placement.Clusters;

namespace InfraDesigner.Simulation.Tests.Failover;

/// <summary>The Optimal restart planner: CP-SAT chooses which VMs restart where, weighted by restart priority.</summary>
public class OptimalRestartsTests
{
    /// <summary>
    /// Worked by hand: "down" runs seven High VMs of 5, 5, 4, 4, 4, 3 and 2 vCPU (27) and one Low VM of 1 vCPU; the
    /// survivors a, b and c have 9 cores each (27). vSphere's order (largest first, worst fit) puts 5 on a, 5 on b, 4 on
    /// c, 4 on c, 4 on a, 3 on b, leaving 0, 1 and 1 cores: the High 2 vCPU VM is stranded and the Low one restarts.
    /// Exactly 27 of High fit only as {5, 4}, {5, 4}, {4, 3, 2}, which leaves no core for the Low VM.
    /// </summary>
    private static ClusterState Stranding() => new(
        [Host("down", cores: 28), Host("a", cores: 9), Host("b", cores: 9), Host("c", cores: 9)],
        [
            .. new[] { 5, 5, 4, 4, 4, 3, 2 }.Select((vcpu, i) => Vm($"high{i}-{vcpu}cpu", vcpu, 1, "down", priority: RestartPriority.High)),
            Vm("low-1cpu", 1, 1, "down", priority: RestartPriority.Low),
        ]);

    [Fact]
    public void Where_vsphere_order_strands_a_high_priority_vm_the_optimal_assignment_restarts_every_high_one()
    {
        var vSphere = FailoverAnalyzer.Analyze(Stranding(), new FailoverQuestion(["down"]));
        var optimal = FailoverAnalyzer.Analyze(Stranding(), new FailoverQuestion(["down"], Planner: RestartPlanner.Optimal, TimeBudget: Generous));

        vSphere.Search.ShouldBeNull();
        vSphere.NotRestarted.ShouldHaveSingleItem().Vm.ShouldBe("high6-2cpu");
        vSphere.Restarts.ShouldContain(r => r.Vm == "low-1cpu");

        optimal.Search!.Outcome.ShouldBe(SolverOutcome.ProvenOptimal, optimal.Search.Summary);
        optimal.NotRestarted.ShouldHaveSingleItem().Vm.ShouldBe("low-1cpu");
        optimal.Restarts.Count(r => r.Priority == RestartPriority.High).ShouldBe(7);
        var vcpuPerHost = optimal.Restarts.GroupBy(r => r.ToHost).Select(g => g.Sum(r => int.Parse(r.Vm.Split('-')[1][..^3])));
        vcpuPerHost.ShouldAllBe(total => total <= 9);
        optimal.Search.Summary.ShouldContain("7 of 8 VMs restart (7 High)");
        optimal.Search.Summary.ShouldContain("vSphere's order restarts 7 (6 High, 1 Low)");
        optimal.Assumptions.ShouldContain("CP-SAT");
        vSphere.Assumptions.ShouldContain("vSphere HA's order");
    }

    [Fact]
    public void One_more_high_priority_vm_outweighs_any_number_of_lower_ones()
    {
        // One 8-core survivor: either the High 8 vCPU VM, or the four Medium 2 vCPU VMs.
        var state = new ClusterState(
            [Host("down", cores: 16), Host("spare", cores: 8)],
            [
                Vm("high", 8, 1, "down", priority: RestartPriority.High),
                .. Enumerable.Range(0, 4).Select(i => Vm($"medium{i}", 2, 1, "down", priority: RestartPriority.Medium)),
            ]);

        var optimal = FailoverAnalyzer.Analyze(state, new FailoverQuestion(["down"], Planner: RestartPlanner.Optimal, TimeBudget: Generous));

        optimal.Search!.Outcome.ShouldBe(SolverOutcome.ProvenOptimal);
        optimal.Restarts.ShouldHaveSingleItem().Vm.ShouldBe("high");
    }

    [Fact]
    public void Where_vsphere_order_is_already_best_its_restarts_are_kept_and_proven()
    {
        var question = new FailoverQuestion(["host1"]);
        var vSphere = FailoverAnalyzer.Analyze(ClusterCapacity(), question);

        var optimal = FailoverAnalyzer.Analyze(ClusterCapacity(), question with { Planner = RestartPlanner.Optimal, TimeBudget = Generous });

        optimal.Search!.Outcome.ShouldBe(SolverOutcome.ProvenOptimal);
        optimal.Restarts.ShouldBe(vSphere.Restarts);
        optimal.Explanation.ShouldContain("Proven optimal");
    }
}
