using InfraDesigner.E2E.Editor;
using InfraDesigner.E2E.Support;
using Microsoft.Playwright;

namespace InfraDesigner.E2E.Simulation;

/// <summary>The Simulate tab beside the canvas: an HA what-if and a DRS plan drawn on the drawing, cleared, and given way to a question.</summary>
public sealed class SimulationOnCanvasTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static async Task<EditorPage> SimulateTabAsync(AppFixture fixture, string sample, string tab)
    {
        var id = await fixture.CreateFromSampleAsync(sample);
        var editor = await EditorPage.OpenAsync(fixture, $"/topologies/{id}");
        await editor.Page.GetByRole(AriaRole.Tab, new() { Name = "Simulate", Exact = true }).ClickAsync();
        await editor.Page.GetByRole(AriaRole.Tab, new() { Name = tab, Exact = true }).ClickAsync();
        return editor;
    }

    /// <summary>The cluster sample's DRS plan for host1 entering maintenance, drawn on the canvas; answers the rows of its migrations.</summary>
    private static async Task<(EditorPage Editor, IReadOnlyList<string> Moves)> PlanHost1MaintenanceAsync(AppFixture fixture)
    {
        var editor = await SimulateTabAsync(fixture, "cluster-capacity", "DRS balancing");
        await editor.Page.GetByTestId("balance-maintenance").ChooseAsync("host1");
        await editor.Page.GetByTestId("run-balance").ClickAsync();
        await editor.Page.GetByTestId("balance-result").WaitForAsync();
        return (editor, await editor.Page.Locator("[aria-label='Migrations'] tbody tr").AllInnerTextsAsync());
    }

    private static Task HasClassAsync(ILocator node, string cssClass) =>
        Assertions.Expect(node).ToHaveClassAsync(new System.Text.RegularExpressions.Regex($@"\b{cssClass}\b"));

    [BrowserFact]
    public async Task Host1_failing_greys_host1_shows_vm2_restarting_on_host2_and_vm1_and_vm3_in_red()
    {
        var editor = await SimulateTabAsync(fixture, "cluster-capacity", "HA failover");
        var page = editor.Page;
        await page.GetByTestId("failover-host").ChooseAsync("host1");
        await page.GetByTestId("run-failover").ClickAsync();
        await page.GetByTestId("failover-result").WaitForAsync();

        var picture = page.GetByTestId("canvas-picture");
        await Assertions.Expect(picture).ToContainTextAsync("HA what-if: host1 failed; 1 restart, 2 cannot");
        await HasClassAsync(editor.Node("host1"), "sim-failed");
        await HasClassAsync(editor.Node("vm2"), "sim-restarted");
        await HasClassAsync(editor.Node("host2"), "sim-target");
        foreach (var lost in new[] { "vm1", "vm3" })
            await HasClassAsync(editor.Node(lost), "sim-lost");
        await Assertions.Expect(page.Locator(".dg-hl-badge", new() { HasText = "1. restarts on host2" })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".dg-hl-badge", new() { HasText = "cannot restart" })).ToHaveCountAsync(2);
        await Pages.ScreenshotAsync(page, "editor-ha-what-if");

        await page.GetByTestId("canvas-picture-clear").ClickAsync();
        await Assertions.Expect(picture).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".dg-node.sim-failed")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("show-on-canvas")).ToHaveTextAsync("Show on the canvas");
        await page.GetByTestId("show-on-canvas").ClickAsync();
        await HasClassAsync(editor.Node("host1"), "sim-failed");
    }

    [BrowserFact]
    public async Task A_drs_plan_for_host1_entering_maintenance_draws_each_move_and_a_question_then_takes_the_canvas()
    {
        var (editor, moves) = await PlanHost1MaintenanceAsync(fixture);
        var page = editor.Page;
        moves.ShouldNotBeEmpty();
        await Assertions.Expect(page.GetByTestId("canvas-picture")).ToContainTextAsync($"DRS plan: {moves.Count} migration(s)");
        foreach (var vm in moves.Select(row => row.Split('\t', StringSplitOptions.TrimEntries)[1]))
            await HasClassAsync(editor.Node(vm), "sim-moved");
        await Assertions.Expect(page.Locator(".dg-hl-badge", new() { HasText = "1. host1 → " })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".dg-hl-badge", new() { HasText = "cannot move (Ram)" })).ToHaveCountAsync(2);
        await Pages.ScreenshotAsync(page, "editor-drs-plan");

        await editor.AskAsync("can vm2 reach host2?");
        await Assertions.Expect(page.GetByTestId("canvas-picture")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".dg-node.sim-moved")).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task Playing_the_drs_plan_moves_each_vm_into_its_new_hosts_frame_and_stepping_back_returns_it()
    {
        var (editor, rows) = await PlanHost1MaintenanceAsync(fixture);
        var page = editor.Page;
        var first = rows[0].Split('\t', StringSplitOptions.TrimEntries);
        var (vm, target) = (first[1], first[2].Split('→', StringSplitOptions.TrimEntries)[1]);
        var ghosts = page.Locator(".plan-ghost");
        var position = page.GetByTestId("plan-position");
        await Assertions.Expect(position).ToHaveTextAsync($"{rows.Count} move(s): press play");

        await page.GetByTestId("plan-forward").ClickAsync();
        await Assertions.Expect(position).ToHaveTextAsync($"move 1 of {rows.Count} · {vm}: host1 → {target}");
        await Assertions.Expect(ghosts).ToHaveCountAsync(1);
        await Assertions.Expect(editor.Node(vm)).ToHaveAttributeAsync("data-plan-left", "true");
        await Eventually.TrueAsync(async () => InFrame(await ghosts.First.BoundingBoxAsync(), await editor.Node(target).BoundingBoxAsync()), $"{vm} in the frame of {target}");

        await page.GetByTestId("plan-speed").SelectOptionAsync("4");
        await page.GetByTestId("plan-play").ClickAsync();
        await Assertions.Expect(ghosts).ToHaveCountAsync(rows.Count);
        await Assertions.Expect(page.GetByTestId("plan-controls")).ToHaveAttributeAsync("data-playing", "false");
        await Pages.ScreenshotAsync(page, "editor-drs-plan-played");

        await page.GetByTestId("plan-back").ClickAsync();
        await Assertions.Expect(ghosts).ToHaveCountAsync(rows.Count - 1);
        await page.GetByTestId("show-on-canvas").ClickAsync();
        await Assertions.Expect(ghosts).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-plan-left]")).ToHaveCountAsync(0);
    }

    /// <summary>Within the frame's width and under its top: a frame with no room left is drawn grown downwards.</summary>
    private static bool InFrame(LocatorBoundingBoxResult? vm, LocatorBoundingBoxResult? frame) =>
        vm is not null && frame is not null && vm.X >= frame.X && vm.X + vm.Width <= frame.X + frame.Width + 1 && vm.Y > frame.Y;
}
