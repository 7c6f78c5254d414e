using InfraDesigner.E2E.Support;
using Microsoft.Playwright;

namespace InfraDesigner.E2E.Editor;

/// <summary>Auto layout that keeps what the user moved, and the canvas chrome: toasts, minimap, node facts.</summary>
public sealed class CanvasPolishTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..6]}";

    [BrowserFact]
    public async Task Auto_layout_keeping_moved_elements_leaves_the_dragged_one_where_it_was()
    {
        var editor = await EditorPage.OpenNewAsync(fixture, Unique("Layout"));
        await editor.DropAsync("switch", 300, 200, "sw-01");
        await editor.DropAsync("vm", 250, 450, "vm-01");
        await editor.DropAsync("vm", 650, 450, "vm-02");
        await editor.DragAsync("vm-02", 120, 80);
        var dragged = await editor.PlaceAsync("vm-02");
        var others = new[] { await editor.PlaceAsync("sw-01"), await editor.PlaceAsync("vm-01") };

        await editor.Page.GetByTestId("layout").ClickAsync();
        await Eventually.TrueAsync(async () => !(await editor.PlaceAsync("sw-01")).SequenceEqual(others[0]) || !(await editor.PlaceAsync("vm-01")).SequenceEqual(others[1]), "the canvas changed");
        await editor.SavedAsync();

        (await editor.PlaceAsync("vm-02")).ShouldBe(dragged);
        await editor.Page.ReloadAsync();
        await editor.WaitReadyAsync();
        await editor.Page.GetByTestId("layout").ClickAsync();
        await editor.SavedAsync();
        (await editor.PlaceAsync("vm-02")).ShouldBe(dragged, "the drag is stored, so it is kept after a reload too");
        await editor.Page.GetByTestId("layout-all").ClickAsync();
        await Eventually.TrueAsync(async () => !(await editor.PlaceAsync("vm-02")).SequenceEqual(dragged), "the canvas changed");
    }

    [BrowserFact]
    public async Task A_toast_leaves_the_zoom_controls_minimap_and_vlan_legend_uncovered()
    {
        var id = await fixture.CreateFromSampleAsync("vlans");
        var editor = await EditorPage.OpenAsync(fixture, $"/topologies/{id}");
        await editor.Node("PC1").WaitForAsync();

        await editor.CableAsync("PC1", "PC2", expectLink: false);
        var toast = editor.Page.Locator(".mud-snackbar");
        await toast.WaitForAsync();
        await Pages.ScreenshotAsync(editor.Page, "canvas-toast");

        var toastBox = (await toast.BoundingBoxAsync())!;
        foreach (var selector in new[] { ".dg-zoom-controls", ".dg-minimap", ".vlan-legend", ".canvas-toolbar" })
        {
            var box = (await editor.Page.Locator(selector).BoundingBoxAsync())!;
            Overlaps(toastBox, box).ShouldBeFalse($"the toast covers {selector}");
        }
    }

    [BrowserFact]
    public async Task A_collapsed_host_leaves_its_vms_off_the_minimap()
    {
        var id = await fixture.CreateFromSampleAsync("cluster-capacity");
        var editor = await EditorPage.OpenAsync(fixture, $"/topologies/{id}");
        await editor.Node("vm1").WaitForAsync();
        var minimapNodes = editor.Page.Locator(".dg-minimap .dg-minimap-node");
        var expanded = await minimapNodes.CountAsync();

        await editor.Page.Locator(".el-frame[data-element=\"host1\"] .el-frame-toggle").ClickAsync();
        await editor.Node("vm1").WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        await editor.SavedAsync();
        await editor.Page.WaitForFunctionAsync($"() => document.querySelectorAll('.dg-minimap .dg-minimap-node').length === {expanded - 3}", null, new() { Timeout = 15_000 });
        await Pages.ScreenshotAsync(editor.Page, "minimap-collapsed-host");
    }

    [BrowserTheory]
    [InlineData("zones-firewall")]
    [InlineData("vlans")]
    public async Task Node_facts_show_addresses_without_cutting_them(string sample)
    {
        var id = await fixture.CreateFromSampleAsync(sample);
        var editor = await EditorPage.OpenAsync(fixture, $"/topologies/{id}");
        await editor.Page.Locator(".el-node-fact").First.WaitForAsync();
        await editor.ZoomToAsync(100);
        await Pages.ScreenshotAsync(editor.Page, $"node-facts-{sample}");

        const string Address = "/\\d+\\.\\d+\\.\\d+\\.\\d+/.test(f.textContent)";
        var addresses = await editor.Page.EvaluateAsync<string[]>(
            $"() => [...document.querySelectorAll('.el-node-fact')].filter(f => {Address}).map(f => f.textContent)");
        addresses.ShouldNotBeEmpty();
        var cut = await editor.Page.EvaluateAsync<string[]>(
            $"() => [...document.querySelectorAll('.el-node-fact')].filter(f => {Address} && f.scrollWidth > f.clientWidth + 1).map(f => f.textContent)");
        cut.ShouldBeEmpty("addresses are shown whole, or without their prefix length");
        var untitled = await editor.Page.EvaluateAsync<int>("() => [...document.querySelectorAll('.el-node-fact')].filter(f => !f.title).length");
        untitled.ShouldBe(0, "every fact has its full value as a tooltip");
    }

    private static bool Overlaps(LocatorBoundingBoxResult a, LocatorBoundingBoxResult b) =>
        a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height;
}
