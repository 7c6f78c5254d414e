using InfraDesigner.E2E.Support;
using Microsoft.Playwright;

namespace InfraDesigner.E2E.Editor;

/// <summary>Auto layout that keeps what the user moved, and the canvas chrome: toasts, minimap, node facts.</summary>
public sealed class CanvasPolishTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..6]}";

    [Fact]
    public async Task Auto_layout_keeping_moved_elements_leaves_the_dragged_one_where_it_was()
    {
        var editor = await EditorPage.OpenNewAsync(fixture, Unique("Layout"));
        await editor.DropAsync("switch", 300, 200, "sw-01");
        await editor.DropAsync("vm", 250, 450, "vm-01");
        await editor.DropAsync("vm", 650, 450, "vm-02");
        await editor.DragAsync("vm-02", 120, 80);
        var dragged = await editor.PlaceAsync("vm-02");
        var others = (await editor.PlaceAsync("sw-01"), await editor.PlaceAsync("vm-01"));

        await editor.Page.GetByTestId("layout").ClickAsync();
        await editor.Page.WaitForFunctionAsync(
            "([a, b]) => document.querySelector('.dg-node[data-node-id=\"sw-01\"]').getAttribute('style') !== a || document.querySelector('.dg-node[data-node-id=\"vm-01\"]').getAttribute('style') !== b",
            new[] { others.Item1, others.Item2 }, new() { Timeout = 15_000 });
        await editor.SavedAsync();

        (await editor.PlaceAsync("vm-02")).ShouldBe(dragged);
        await editor.Page.ReloadAsync();
        await editor.WaitReadyAsync();
        await editor.Page.GetByTestId("layout-all").ClickAsync();
        await editor.Page.WaitForFunctionAsync(
            "s => document.querySelector('.dg-node[data-node-id=\"vm-02\"]').getAttribute('style') !== s", dragged, new() { Timeout = 15_000 });
        await editor.SavedAsync();
    }

    [Fact]
    public async Task A_toast_leaves_the_zoom_controls_minimap_and_vlan_legend_uncovered()
    {
        var id = await fixture.CreateFromSampleAsync("vlans");
        var editor = await EditorPage.OpenAsync(fixture, $"/topologies/{id}");
        await editor.Node("PC1").WaitForAsync();

        await editor.CableAsync("PC1", "PC2", expectLink: false);
        var toast = editor.Page.Locator(".toast");
        await toast.WaitForAsync();
        await Pages.ScreenshotAsync(editor.Page, "canvas-toast");

        var toastBox = (await toast.BoundingBoxAsync())!;
        foreach (var selector in new[] { ".dg-zoom-controls", ".dg-minimap", ".vlan-legend", ".canvas-toolbar" })
        {
            var box = (await editor.Page.Locator(selector).BoundingBoxAsync())!;
            Overlaps(toastBox, box).ShouldBeFalse($"the toast covers {selector}");
        }
    }

    [Fact]
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

    [Theory]
    [InlineData("zones-firewall")]
    [InlineData("vlans")]
    public async Task Node_facts_show_addresses_without_cutting_them(string sample)
    {
        var id = await fixture.CreateFromSampleAsync(sample);
        var editor = await EditorPage.OpenAsync(fixture, $"/topologies/{id}");
        await editor.Page.Locator(".el-node-fact").First.WaitForAsync();
        await editor.ZoomToAsync(100);
        await Pages.ScreenshotAsync(editor.Page, $"node-facts-{sample}");

        var cut = await editor.Page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('.el-node-fact')].filter(f => f.scrollWidth > f.clientWidth + 1).map(f => f.textContent)");
        cut.ShouldBeEmpty();
    }

    private static bool Overlaps(LocatorBoundingBoxResult a, LocatorBoundingBoxResult b) =>
        a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height;
}
