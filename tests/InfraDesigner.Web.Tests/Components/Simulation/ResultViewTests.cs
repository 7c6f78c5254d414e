using AngleSharp.Dom;
using InfraDesigner.Simulation.Capacity;
using InfraDesigner.Simulation.Failover;
using InfraDesigner.Simulation.LoadBalancing;
using InfraDesigner.Web.Components.Simulation;
using InfraDesigner.Web.Features.Simulations;

namespace InfraDesigner.Web.Tests.Components.Simulation;

/// <summary>The result views rendering real answers of the built-in samples, asked through the dispatcher.</summary>
public sealed class ResultViewTests : SimulationTestBase
{
    private async Task<TAnswer> Ask<TAnswer>(Func<Guid, IRequest<IAsyncEnumerable<InfraDesigner.Simulation.Progress.SimulationEvent>?>> question, string sample) =>
        (await AnswerOnSample<TAnswer>(sample, question)).Answer;

    private static IEnumerable<string> Rows(IDocument page, string table) =>
        page.QuerySelectorAll($"[aria-label='{table}'] tbody tr").Select(r => string.Join("|", r.QuerySelectorAll("td").Select(td => td.TextContent.Trim())));

    [Fact]
    public async Task Capacity_shows_the_total_the_binding_resource_each_host_and_where_the_new_vms_go()
    {
        var answer = await Ask<CapacityAnswer>(id => new RunCapacity(id, "cluster1", 4, 16, 40, Requested: 2), "cluster-capacity");

        var page = await Render<CapacityResult>(new() { [nameof(CapacityResult.Answer)] = answer });

        // The REST defaults: disks on san1 (no local-disk figure) and vSphere's memory overhead, so one VM per host.
        page.QuerySelector("[data-testid=capacity-total]")!.TextContent.ShouldBe("2");
        page.QuerySelector("[data-testid=capacity-binding]")!.TextContent.ShouldBe("Ram");
        Rows(page, "Capacity per host").ShouldBe(["host1|1|Ram|16|1|–|64|27.18", "host2|1|Ram|17|1|–|68|27.21"]);
        page.QuerySelectorAll("[data-testid=capacity-placements] li strong").Select(s => s.TextContent).ShouldBe(["new-vm-1", "new-vm-2"]);
        page.QuerySelector("[data-testid=capacity-placements]")!.TextContent.ShouldContain("new-vm-2 → host2");
        page.QuerySelector("[data-testid=sim-assumptions]")!.TextContent.ShouldContain("disks of VMs on a shared datastore are charged to the datastore");
    }

    [Fact]
    public async Task A_requested_vm_past_the_exact_count_is_shown_as_proven_to_fit_nowhere()
    {
        var answer = await Ask<CapacityAnswer>(id => new RunCapacity(id, "cluster1", 4, 16, 40, Requested: 3), "cluster-capacity");

        var page = await Render<CapacityResult>(new() { [nameof(CapacityResult.Answer)] = answer });

        var left = page.QuerySelector("[data-testid=capacity-placements] li.sim-bad")!;
        left.GetAttribute("data-proven").ShouldBe("true");
        left.TextContent.ShouldContain("new-vm-3 fits nowhere (proven: only 2 VMs of this size fit)");
    }

    [Fact]
    public async Task Failover_lists_the_restart_and_the_two_vms_that_stay_down_with_why()
    {
        var answer = await Ask<FailoverAnswer>(id => new RunFailover(id, "cluster1", ["host1"], AdmissionBasis.Provisioned), "cluster-capacity");

        var page = await Render<FailoverResult>(new() { [nameof(FailoverResult.Answer)] = answer });

        page.QuerySelector(".sim-verdict")!.TextContent.Trim().ShouldBe("2 VM(s) cannot restart.");
        Rows(page, "VMs restarted").ShouldBe(["1|vm2|host1|host2|Medium"]);
        Rows(page, "VMs that cannot restart").Select(r => string.Join("|", r.Split('|').Take(3))).ShouldBe(["vm1|High|Ram", "vm3|Low|Ram"]);
        page.QuerySelector("[data-testid=failover-admission]")!.ClassName.ShouldBe("sim-bad");
    }

    [Fact]
    public async Task The_sweep_shows_each_host_failure_and_what_it_loses()
    {
        var answer = await Ask<FailoverSweepAnswer>(id => new RunFailoverSweep(id, "cluster1"), "cluster-capacity");

        var page = await Render<FailoverSweepResult>(new() { [nameof(FailoverSweepResult.Answer)] = answer });

        page.QuerySelector(".sim-verdict")!.TextContent.Trim().ShouldBe("0 of 2 failure scenario(s) restart every VM.");
        Rows(page, "Failure scenarios").ShouldBe(["host1|3|1|vm1 (Ram), vm3 (Ram)", "host2|2|1|vm4 (Ram)"]);
    }

    [Fact]
    public async Task Migration_shows_the_prerequisites_and_a_row_per_pre_copy_round()
    {
        var result = await Ask<MigrationResult>(id => new RunMigration(id, "vm-db", "host2"), "live-migration");

        var page = await Render<MigrationResultView>(new() { [nameof(MigrationResultView.Result)] = result });

        page.QuerySelector("[data-testid=migration-verdict]")!.TextContent.ShouldContain("Converges");
        page.QuerySelector("[data-testid=migration-verdict]")!.TextContent.ShouldContain("58.6 ms downtime");
        page.QuerySelector("[data-testid=sim-assumptions]")!.TextContent.ShouldContain("1 GiB = 1,024 MiB");
        page.QuerySelectorAll("ul[aria-label=Prerequisites] li.sim-good").Length.ShouldBe(4);
        Rows(page, "Pre-copy rounds").Select(r => r.Split('|')[1]).ShouldBe(["16,384.0", "2,647.9", "427.9"]);
    }

    [Fact]
    public async Task Migration_over_1_gbit_shows_it_does_not_converge()
    {
        var result = await Ask<MigrationResult>(id => new RunMigration(id, "vm-db", "host2", BandwidthMbps: 1000), "live-migration");

        var page = await Render<MigrationResultView>(new() { [nameof(MigrationResultView.Result)] = result });

        page.QuerySelector("[data-testid=migration-verdict]")!.ClassList.ShouldContain("sim-bad");
        page.QuerySelector("[data-testid=migration-verdict]")!.TextContent.ShouldContain("Does not converge");
        page.QuerySelector("[data-testid=migration-explanation]")!.TextContent.ShouldContain("300 ms downtime limit");
    }

    [Fact]
    public async Task The_load_balancer_view_shows_web2_getting_nothing_while_it_is_out()
    {
        var answer = await Ask<LoadBalancerAnswer>(id => new RunLoadBalancer(id, "lb", ["web2"]), "web-lb");

        var page = await Render<LoadBalancerResult>(new() { [nameof(LoadBalancerResult.Answer)] = answer });

        Rows(page, "Load per member").Select(r => r.Split('|')[0]).ShouldBe(["web1", "web2", "web3"]);
        var outage = page.QuerySelector("[data-testid=lb-outage]")!;
        outage.QuerySelector("[data-member=web2]")!.TextContent.ShouldBe("web2: 0%");
        outage.QuerySelector("[data-member=web1]")!.ClassName.ShouldBeNullOrEmpty();
    }
}
