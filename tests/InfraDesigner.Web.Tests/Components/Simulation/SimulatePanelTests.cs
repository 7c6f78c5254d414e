using AngleSharp.Dom;
using InfraDesigner.Web.Components.Simulation;
using InfraDesigner.Web.Tests.Support;

namespace InfraDesigner.Web.Tests.Components.Simulation;

public sealed class SimulatePanelTests : SimulationTestBase
{
    private InteractiveRenderer? _panel;

    private Task<IDocument> RenderPanel(Guid id, int tab = 0) =>
        (_panel = new InteractiveRenderer(Bunit)).RenderAsync<SimulatePanel>(new() { [nameof(SimulatePanel.TopologyId)] = id, [nameof(SimulatePanel.InitialTab)] = tab });

    private IEnumerable<string> OptionsOf(IDocument _, string testId) => _panel!.OptionsOf("data-testid", testId);

    [Fact]
    public async Task The_panel_offers_the_four_questions_and_asks_capacity_of_the_samples_cluster_first()
    {
        var id = await StoreSample("cluster-capacity");

        var page = await RenderPanel(id);

        page.QuerySelectorAll("[role=tab]").Select(t => t.TextContent.Trim()).ShouldBe(["Capacity", "Placement", "DRS balancing", "HA failover", "Live migration", "Load balancer"]);
        OptionsOf(page, "capacity-cluster").ShouldBe(["cluster1"]);
        page.QuerySelector("[data-testid=capacity-vcpu]")!.GetAttribute("value").ShouldBe("4");
        page.QuerySelector("[data-testid=capacity-ram]")!.GetAttribute("value").ShouldBe("16");
        page.QuerySelector("[data-testid=run-capacity]")!.TextContent.Trim().ShouldBe("How many fit?");
    }

    [Fact]
    public async Task The_failover_tab_lists_the_clusters_hosts_to_fail()
    {
        var id = await StoreSample("cluster-capacity");

        var page = await RenderPanel(await Store(PlannerCases.Stranding), tab: 3);

        OptionsOf(page, "failover-host").ShouldBe(["host1", "host2"]);
    }

    [Fact]
    public async Task The_migration_tab_offers_the_vm_and_only_the_other_host_of_its_cluster()
    {
        var id = await StoreSample("live-migration");

        var page = await RenderPanel(id, tab: 4);

        OptionsOf(page, "migration-vm").ShouldBe(["vm-db (on host1)"]);
        OptionsOf(page, "migration-target").ShouldBe(["host2"]);
    }

    [Fact]
    public async Task The_load_balancer_tab_has_a_health_toggle_per_pool_member()
    {
        var id = await StoreSample("web-lb");

        var page = await RenderPanel(id, tab: 5);

        page.QuerySelectorAll("input[type=checkbox][data-member]").Select(c => (c.GetAttribute("data-member"), c.HasAttribute("checked")))
            .ShouldBe([("web1", true), ("web2", true), ("web3", true)]);
    }

    [Fact]
    public async Task The_placement_tab_offers_every_strategy_with_the_solver_first()
    {
        var id = await StoreSample("cluster-capacity");

        var page = await RenderPanel(id, tab: 1);

        OptionsOf(page, "placement-strategy").ShouldBe(["Optimal (CP-SAT solver)", "Best fit", "First fit", "Worst fit (spread)", "Dot product", "L2 norm"]);
        page.QuerySelector("[data-testid=placement-budget]")!.GetAttribute("value").ShouldBe("2");
    }

    [Fact]
    public async Task The_balancing_tab_offers_no_maintenance_host_or_one_of_the_clusters()
    {
        var id = await StoreSample("cluster-capacity");

        var page = await RenderPanel(await Store(PlannerCases.Lopsided), tab: 2);

        OptionsOf(page, "balance-maintenance").ShouldBe(["None", "host1", "host2"]);
        OptionsOf(page, "balance-threshold").Count().ShouldBe(5);
    }

    [Fact]
    public async Task The_balancing_planner_defaults_to_greedy_and_optimal_answers_with_the_solvers_proof_line()
    {
        var page = await RenderPanel(await Store(PlannerCases.Lopsided), tab: 2);

        OptionsOf(page, "balance-planner").ShouldBe(["Greedy (what DRS does)", "Optimal (CP-SAT solver: fewest migrations)"]);
        page.QuerySelector("[data-testid=balance-budget]").ShouldBeNull();
        page = await _panel!.ClickAsync("data-testid", "run-balance");
        page.QuerySelector("[data-testid=balance-answered-by]")!.TextContent.ShouldBe("Planner: Greedy (what DRS does)");
        page.QuerySelector("[data-testid=balance-search]").ShouldBeNull();

        await _panel.ChooseAsync("data-testid", "balance-threshold", "4");
        page = await _panel.ChooseAsync("data-testid", "balance-planner", "Optimal (CP-SAT solver: fewest migrations)");
        page.QuerySelector("[data-testid=balance-budget]")!.GetAttribute("value").ShouldBe("2");
        page = await _panel.ClickAsync("data-testid", "run-balance");

        page.QuerySelector("[data-testid=balance-answered-by]")!.TextContent.ShouldBe("Planner: Optimal (CP-SAT solver: fewest migrations)");
        page.QuerySelector("[data-testid=balance-search]")!.GetAttribute("data-proven").ShouldBe("true");
        page.QuerySelector("[data-testid=balance-verdict]")!.TextContent.ShouldContain("2 migrations");
    }

    [Fact]
    public async Task The_failover_planner_defaults_to_vsphere_and_optimal_restarts_both_high_vms_it_strands()
    {
        var page = await RenderPanel(await Store(PlannerCases.Stranding), tab: 3);

        OptionsOf(page, "failover-planner").ShouldBe(["vSphere HA order", "Optimal (CP-SAT solver: most restarts by priority)"]);
        page = await _panel!.ClickAsync("data-testid", "run-failover");
        page.QuerySelector("[data-testid=failover-answered-by]")!.TextContent.ShouldBe("Planner: vSphere HA order");
        page.QuerySelector("[data-testid=failover-search]").ShouldBeNull();

        await _panel.ChooseAsync("data-testid", "failover-planner", "Optimal (CP-SAT solver: most restarts by priority)");
        page = await _panel.ClickAsync("data-testid", "run-failover");

        page.QuerySelector("[data-testid=failover-answered-by]")!.TextContent.ShouldBe("Planner: Optimal (CP-SAT solver: most restarts by priority)");
        page.QuerySelector("[data-testid=failover-search]")!.GetAttribute("data-proven").ShouldBe("true");
        page.QuerySelectorAll("[aria-label='VMs restarted'] tbody tr").Length.ShouldBe(2);
    }

    [Fact]
    public async Task A_topology_without_a_cluster_says_so_instead_of_offering_an_empty_picker()
    {
        var id = await StoreSample("web-lb");

        var page = await RenderPanel(id);

        page.QuerySelector("[role=tabpanel]")!.TextContent.ShouldContain("This topology has no cluster.");
    }

    [Fact]
    public async Task An_unknown_topology_is_said_plainly()
    {
        await StoreSample("web-lb");

        var page = await RenderPanel(Guid.NewGuid());

        page.QuerySelector("[data-testid=simulate-panel]")!.TextContent.ShouldContain("There is no topology with this id.");
    }
}
