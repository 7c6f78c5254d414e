using System.Net.Http.Json;
using System.Text.Json;
using InfraDesigner.E2E.Support;
using Microsoft.Playwright;

namespace InfraDesigner.E2E.Simulation;

/// <summary>The Simulate page on the cluster-capacity sample: worked question 6 asked in the browser.</summary>
public sealed class SimulatePageTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private async Task<Guid> CreateFromSampleAsync(string sample)
    {
        using var http = new HttpClient();
        var response = await http.PostAsync($"{fixture.App.BaseUrl}/api/topologies/from-sample/{sample}", null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<IReadOnlyList<string>> RowsAsync(IPage page, string table) =>
        [.. (await page.Locator($"table[aria-label='{table}'] tbody tr").AllInnerTextsAsync()).Select(r => string.Join(" ", r.Split('\t', StringSplitOptions.TrimEntries)))];

    [Fact]
    public async Task Capacity_and_host1_failover_on_the_cluster_sample_give_the_worked_answers()
    {
        var id = await CreateFromSampleAsync("cluster-capacity");
        var page = await fixture.OpenAsync($"/topologies/{id}/simulate");

        await page.GetByTestId("capacity-requested").FillAsync("3");
        await page.GetByTestId("capacity-requested").BlurAsync();
        await page.GetByTestId("run-capacity").ClickAsync();
        await page.GetByTestId("capacity-result").WaitForAsync();

        (await page.GetByTestId("capacity-total").InnerTextAsync()).ShouldBe("4");
        (await page.GetByTestId("capacity-binding").InnerTextAsync()).ShouldBe("Ram");
        var placements = await page.GetByTestId("capacity-placements").InnerTextAsync();
        placements.ShouldContain("new-vm-1 → host1");
        placements.ShouldContain("new-vm-2 → host1");
        placements.ShouldContain("new-vm-3 → host2");
        (await RowsAsync(page, "Capacity per host")).ShouldBe(["host1 2 Ram 16 2 16 64 32", "host2 2 Ram 17 2 19 68 32"]);
        await Pages.ScreenshotAsync(page, "simulate-capacity");

        await page.GetByRole(AriaRole.Tab, new() { Name = "HA failover" }).ClickAsync();
        await page.GetByTestId("failover-host").SelectOptionAsync(new SelectOptionValue { Label = "host1" });
        await page.GetByTestId("run-failover").ClickAsync();
        await page.GetByTestId("failover-result").WaitForAsync();

        (await RowsAsync(page, "VMs restarted")).ShouldBe(["1 vm2 host1 host2 Medium"]);
        (await RowsAsync(page, "VMs that cannot restart")).Select(r => string.Join(" ", r.Split(' ').Take(3))).ShouldBe(["vm1 High Ram", "vm3 Low Ram"]);
        (await page.GetByTestId("failover-explanation").InnerTextAsync()).ShouldContain("vm2 → host2");
        await Pages.ScreenshotAsync(page, "simulate-failover");
    }
}
