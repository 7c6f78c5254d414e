using InfraDesigner.E2E.Support;
using Microsoft.Playwright;

namespace InfraDesigner.E2E.Simulation;

/// <summary>The Simulate page on the cluster-capacity sample: worked question 6 asked in the browser.</summary>
public sealed class SimulatePageTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static async Task<IReadOnlyList<string>> RowsAsync(IPage page, string table) =>
        [.. (await page.Locator($"[aria-label='{table}'] tbody tr").AllInnerTextsAsync()).Select(r => string.Join(" ", r.Split('\t', StringSplitOptions.TrimEntries)))];

    [BrowserFact]
    public async Task Capacity_and_host1_failover_on_the_cluster_sample_give_the_worked_answers()
    {
        var id = await fixture.CreateFromSampleAsync("cluster-capacity");
        var page = await fixture.OpenAsync($"/topologies/{id}/simulate");

        await page.GetByTestId("capacity-requested").FillAsync("3");
        await page.GetByTestId("capacity-requested").BlurAsync();
        await page.GetByTestId("run-capacity").ClickAsync();
        await page.GetByTestId("capacity-result").WaitForAsync();

        // Disks on san1 and vSphere's memory overhead (4 GB per host plus each VM's): 27.18 and 27.21 GB free, one 16.15 GB VM per host.
        (await page.GetByTestId("capacity-total").InnerTextAsync()).ShouldBe("2");
        (await page.GetByTestId("capacity-binding").InnerTextAsync()).ShouldBe("Ram");
        var placements = await page.GetByTestId("capacity-placements").InnerTextAsync();
        placements.ShouldContain("new-vm-1 → host1");
        placements.ShouldContain("new-vm-2 → host2");
        placements.ShouldContain("new-vm-3 fits nowhere (proven: only 2 VMs of this size fit)");
        (await RowsAsync(page, "Capacity per host")).ShouldBe(["host1 1 Ram 16 1 – 64 27.18", "host2 1 Ram 17 1 – 68 27.21"]);
        (await page.GetByTestId("capacity-result").GetByTestId("sim-assumptions").InnerTextAsync()).ShouldContain("hypervisor keeps 4 GB per host");
        await Pages.ScreenshotAsync(page, "simulate-capacity");

        await page.GetByRole(AriaRole.Tab, new() { Name = "HA failover" }).ClickAsync();
        await page.GetByTestId("failover-host").ChooseAsync("host1");
        await page.GetByTestId("run-failover").ClickAsync();
        await page.GetByTestId("failover-result").WaitForAsync();

        (await RowsAsync(page, "VMs restarted")).ShouldBe(["1 vm2 host1 host2 Medium"]);
        (await RowsAsync(page, "VMs that cannot restart")).Select(r => string.Join(" ", r.Split(' ').Take(3))).ShouldBe(["vm1 High Ram", "vm3 Low Ram"]);
        (await page.GetByTestId("failover-explanation").InnerTextAsync()).ShouldContain("vm2 → host2");
        await Pages.ScreenshotAsync(page, "simulate-failover");
    }

    [BrowserFact]
    public async Task Live_migration_converges_over_the_sample_network_and_not_over_1_gbit()
    {
        var id = await fixture.CreateFromSampleAsync("live-migration");
        var page = await fixture.OpenAsync($"/topologies/{id}/simulate");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Live migration" }).ClickAsync();

        await page.GetByTestId("run-migration").ClickAsync();
        await page.GetByTestId("migration-result").WaitForAsync();
        (await page.GetByTestId("migration-verdict").InnerTextAsync()).ShouldContain("Converges after 3 round(s)");
        await Assertions.Expect(page.GetByTestId("precopy-chart").GetByText("R2", new() { Exact = true })).ToHaveCountAsync(2);
        await Pages.ScreenshotAsync(page.GetByTestId("precopy-chart"), "simulate-migration-chart");

        await page.GetByTestId("migration-bandwidth").FillAsync("1000");
        await page.GetByTestId("migration-bandwidth").BlurAsync();
        await page.GetByTestId("run-migration").ClickAsync();
        await page.GetByTestId("migration-verdict").Filter(new() { HasText = "Does not converge" }).WaitForAsync();
        (await page.GetByTestId("migration-explanation").InnerTextAsync()).ShouldContain("300 ms downtime limit");
        await Pages.ScreenshotAsync(page, "simulate-migration-1gbit");
        await Pages.ScreenshotAsync(page.GetByTestId("precopy-chart"), "simulate-migration-1gbit-chart");
    }

    [BrowserFact]
    public async Task Unticking_web2_sends_its_share_to_web1_and_web3()
    {
        var id = await fixture.CreateFromSampleAsync("web-lb");
        var page = await fixture.OpenAsync($"/topologies/{id}/simulate");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Load balancer" }).ClickAsync();

        await page.Locator("input[data-member=web2]").UncheckAsync();
        await page.GetByTestId("run-lb").ClickAsync();
        var outage = page.GetByTestId("lb-outage");
        await outage.WaitForAsync();

        (await outage.Locator("[data-member=web2]").InnerTextAsync()).ShouldBe("web2: 0%");
        (await outage.Locator("[data-member=web1]").InnerTextAsync()).ShouldStartWith("web1: 5");
        await Pages.ScreenshotAsync(page, "simulate-load-balancer");
        var timeline = page.GetByTestId("lb-timeline");
        await Assertions.Expect(timeline.GetByText("✗ web2")).ToHaveCountAsync(2);
        await Pages.ScreenshotAsync(timeline, "simulate-load-balancer-timeline");
    }

    /// <summary>Two browsers on the topology's Simulate page: one runs, the other watches.</summary>
    private async Task<(IPage Running, IPage Watching)> TwoBrowsersAsync(Guid id)
    {
        var running = await fixture.OpenAsync($"/topologies/{id}/simulate");
        var watching = await fixture.OpenAsync($"/topologies/{id}/simulate");
        await watching.GetByTestId("simulate-panel").WaitForAsync();
        await Pages.WaitForCircuitAsync(watching);
        return (running, watching);
    }

    [BrowserFact]
    public async Task A_second_browser_on_the_topology_sees_who_ran_what()
    {
        var id = await fixture.CreateFromSampleAsync("cluster-capacity");
        var (running, watching) = await TwoBrowsersAsync(id);

        await running.GetByTestId("run-capacity").ClickAsync();
        await running.GetByTestId("capacity-result").WaitForAsync();

        var seen = watching.GetByTestId("others-run");
        await Assertions.Expect(seen).ToContainTextAsync($"{AppProcess.AdminEmail} finished capacity of cluster1 at");
        (await running.GetByTestId("others-run").CountAsync()).ShouldBe(0, "a browser does not list its own runs");
        await Pages.ScreenshotAsync(watching, "simulate-others-run");
    }

    [BrowserFact]
    public async Task Cancel_stops_a_long_load_balancer_run_and_the_second_browser_sees_it_cancelled()
    {
        var id = await fixture.CreateFromSampleAsync("web-lb");
        var (running, watching) = await TwoBrowsersAsync(id);
        await running.GetByRole(AriaRole.Tab, new() { Name = "Load balancer" }).ClickAsync();
        await running.GetByLabel("Simulated time").FillAsync("3600");
        await running.GetByLabel("Simulated time").BlurAsync();

        await running.GetByTestId("run-lb").ClickAsync();
        await running.GetByTestId("sim-cancel").WaitForAsync();
        await Assertions.Expect(watching.GetByTestId("others-run")).ToContainTextAsync($"{AppProcess.AdminEmail} is running");
        await Pages.ScreenshotAsync(running, "simulate-running");
        await running.GetByTestId("sim-cancel").ClickAsync();

        await Assertions.Expect(running.GetByTestId("sim-cancelled")).ToBeVisibleAsync();
        await Assertions.Expect(running.GetByTestId("lb-result")).ToHaveCountAsync(0);
        await Assertions.Expect(running.GetByTestId("run-lb")).ToBeEnabledAsync();
        await Assertions.Expect(watching.GetByTestId("others-run")).ToContainTextAsync($"{AppProcess.AdminEmail} cancelled");
    }
}
