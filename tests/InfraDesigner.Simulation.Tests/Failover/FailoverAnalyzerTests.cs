using InfraDesigner.Simulation.Capacity;
using InfraDesigner.Simulation.Failover;
using InfraDesigner.Simulation.Placement;
using static InfraDesigner.Simulation.Tests.Placement.Clusters;

namespace InfraDesigner.Simulation.Tests.Failover;

public class FailoverAnalyzerTests
{
    [Fact]
    public void Worked_question_6_if_host1_fails_vm3_and_vm1_restart_on_host2_and_vm2_cannot_for_lack_of_cpu()
    {
        var answer = FailoverAnalyzer.Analyze(ClusterCapacity(), new FailoverQuestion(["host1"]));

        answer.Restarts.Select(r => (r.Order, r.Vm, r.ToHost)).ShouldBe([(1, "vm3", "host2"), (2, "vm1", "host2")]);
        var lost = answer.NotRestarted.ShouldHaveSingleItem();
        lost.Vm.ShouldBe("vm2");
        lost.MostCommonBlock.ShouldBe(PlacementBlock.Cpu);
        lost.Blocks.Single(b => b.Host == "host2").Detail.ShouldBe("needs 4 vCPU, 0 of 20 free");
        answer.Explanation.ShouldBe("If host1 fails, 2 VM(s) restart: vm3 → host2, vm1 → host2; vm2 cannot (no surviving host can take it; Cpu binds).");
    }

    [Fact]
    public void Worked_question_6_after_adding_the_two_vms_a_host1_failure_leaves_only_room_for_vm3()
    {
        var state = ClusterCapacity();
        var added = CapacityAnalyzer.Analyze(state, new CapacityQuestion(new VmSize(4, 16, 50), Requested: 2)).Requested!.Assignments;
        var grown = state with { Vms = [.. state.Vms, .. added.Select(a => Vm(a.Vm, 4, 16, a.Host, diskGb: 50))] };

        var answer = FailoverAnalyzer.Analyze(grown, new FailoverQuestion(["host1"]));

        answer.Restarts.ShouldHaveSingleItem().Vm.ShouldBe("vm3");
        answer.NotRestarted.Select(n => (n.Vm, n.MostCommonBlock)).ShouldBe([("vm1", PlacementBlock.Cpu), ("vm2", PlacementBlock.Cpu), ("new-vm-1", PlacementBlock.Cpu)]);
    }

    [Fact]
    public void Higher_restart_priority_goes_first_when_capacity_is_short()
    {
        var state = new ClusterState(
            [Host("host1"), Host("host2", cores: 4)],
            [Vm("batch", 4, 8, "host1", priority: RestartPriority.Low), Vm("erp", 4, 8, "host1", priority: RestartPriority.Highest)]);

        var answer = FailoverAnalyzer.Analyze(state, new FailoverQuestion(["host1"]));

        answer.Restarts.ShouldHaveSingleItem().Vm.ShouldBe("erp");
        answer.NotRestarted.ShouldHaveSingleItem().Vm.ShouldBe("batch");
    }

    [Fact]
    public void A_vm_with_restart_priority_disabled_stays_down()
    {
        var state = new ClusterState([Host("host1"), Host("host2")], [Vm("test", 1, 1, "host1", priority: RestartPriority.Disabled)]);

        var answer = FailoverAnalyzer.Analyze(state, new FailoverQuestion(["host1"]));

        answer.NotRestarted.ShouldHaveSingleItem().Reason.ShouldBe("restart priority is Disabled");
    }

    [Fact]
    public void The_slot_policy_counts_slots_of_the_largest_vm_and_keeps_the_largest_host_free()
    {
        var answer = FailoverAnalyzer.Analyze(ClusterCapacity(),
            new FailoverQuestion(["host1"], new AdmissionControl(AdmissionPolicyKind.SlotPolicy)));

        var slots = answer.Admission!.Slots!;
        (slots.SlotVcpu, slots.SlotRamGb, slots.TotalSlots, slots.SlotsKeptForFailover, slots.UsedSlots).ShouldBe(((double?)8.0, 32.0, 4, 2, 5));
        answer.Admission.Admitted.ShouldBeFalse();
    }

    [Fact]
    public void Tolerating_one_host_failure_in_a_two_host_cluster_keeps_half_free()
    {
        var answer = FailoverAnalyzer.Analyze(ClusterCapacity(),
            new FailoverQuestion(["host1"], new AdmissionControl(AdmissionPolicyKind.HostFailuresToTolerate)));

        answer.Admission!.CpuReservedPercent.ShouldBe(50);
        answer.Admission.CpuUsedPercent.ShouldBe(60);
        answer.Admission.Admitted.ShouldBeFalse();
    }

    [Fact]
    public void A_cluster_resource_percentage_is_admitted_while_usage_stays_below_it()
    {
        var answer = FailoverAnalyzer.Analyze(ClusterCapacity(),
            new FailoverQuestion(["host1"], new AdmissionControl(AdmissionPolicyKind.ClusterResourcePercentage, CpuPercent: 40, RamPercent: 30)));

        answer.Admission!.Admitted.ShouldBeTrue();
        answer.Admission.Explanation.ShouldStartWith("Admitted: 40 % CPU and 30 % RAM kept free");
    }

    [Fact]
    public void The_sweep_tries_every_single_and_double_host_failure()
    {
        var hosts = Enumerable.Range(1, 6).Select(i => Host($"h{i}", cores: 40)).ToList();
        var vms = Enumerable.Range(1, 24).Select(i => Vm($"vm{i}", 4, 16, $"h{(i % 6) + 1}")).ToList();

        var answer = FailoverAnalyzer.Sweep(new ClusterState(hosts, vms), new FailoverSweepQuestion());

        answer.Scenarios.Count.ShouldBe(6 + 15);
        answer.Scenarios.Where(s => s.FailedHosts.Count == 1).ShouldAllBe(s => s.AllRestarted);
        answer.Scenarios.Where(s => s.FailedHosts.Count == 2).ShouldAllBe(s => s.AllRestarted && s.VmsAffected == 8);
    }

    [Fact]
    public void Worked_question_6_sweep_shows_that_neither_host_can_fail_without_loss()
    {
        var answer = FailoverAnalyzer.Sweep(ClusterCapacity(), new FailoverSweepQuestion(1));

        answer.Scenarios.Select(s => (s.FailedHosts[0], s.Restarted, s.Lost.Count)).ShouldBe([("host1", 2, 1), ("host2", 1, 1)]);
        answer.Worst!.FailedHosts.ShouldBe(["host1"]);
    }
}
