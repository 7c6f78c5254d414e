using InfraDesigner.E2E.Support;
using Microsoft.Playwright;

namespace InfraDesigner.E2E.Editor;

/// <summary>Undo and redo, copy and paste, export, and two browsers editing the same topology.</summary>
public sealed class CanvasEditingTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..6]}";

    [BrowserFact]
    public async Task Undo_and_redo_are_stored_and_survive_a_reload()
    {
        var editor = await EditorPage.OpenNewAsync(fixture, Unique("Undo"));
        await editor.DropAsync("switch", 300, 300, "sw-01");
        await editor.DropAsync("vm", 300, 500, "vm-01");

        await editor.Canvas.FocusAsync();
        await editor.Page.Keyboard.PressAsync("Control+z");
        await editor.Node("vm-01").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await editor.SavedAsync();
        await editor.Page.Keyboard.PressAsync("Control+Shift+z");
        await editor.Node("vm-01").WaitForAsync();
        await editor.SavedAsync();
        await editor.Page.GetByTestId("undo").ClickAsync();
        await editor.Node("vm-01").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await editor.SavedAsync();

        await editor.Page.ReloadAsync();
        await editor.WaitReadyAsync();
        await editor.Node("sw-01").WaitForAsync();
        (await editor.Node("vm-01").CountAsync()).ShouldBe(0);
    }

    [BrowserFact]
    public async Task A_copied_element_pastes_as_a_new_element_with_the_next_name()
    {
        var editor = await EditorPage.OpenNewAsync(fixture, Unique("Paste"));
        await editor.DropAsync("vm", 300, 300, "vm-01");

        await editor.SelectAsync("vm-01");
        await editor.Page.Keyboard.PressAsync("Control+c");
        await editor.Page.Keyboard.PressAsync("Control+v");

        await editor.Node("vm-02").WaitForAsync(new() { Timeout = 15_000 });
        await editor.SavedAsync();
        (await editor.Page.Locator(".dg-node .el-node").CountAsync()).ShouldBe(2);
        await editor.Page.ReloadAsync();
        await editor.WaitReadyAsync();
        await editor.Node("vm-02").WaitForAsync();
    }

    [BrowserFact]
    public async Task A_vm_cannot_be_cabled_to_another_vm_and_the_reason_is_shown()
    {
        var editor = await EditorPage.OpenNewAsync(fixture, Unique("Refused"));
        await editor.DropAsync("vm", 250, 300, "vm-01");
        await editor.DropAsync("vm", 600, 300, "vm-02");

        var port = (await editor.Node("vm-01").Locator("[data-port-id=\"+\"]").BoundingBoxAsync())!;
        var target = (await editor.Node("vm-02").BoundingBoxAsync())!;
        await editor.Page.Mouse.MoveAsync(port.X + 4, port.Y + 4);
        await editor.Page.Mouse.DownAsync();
        await editor.Page.Mouse.MoveAsync(target.X + 40, target.Y + 30, new() { Steps = 6 });
        await editor.Page.Mouse.UpAsync();

        await editor.Page.GetByText("A VM connects to a switch, not to another VM.").WaitForAsync();
        (await editor.Page.Locator(".dg-link").CountAsync()).ShouldBe(0);
    }

    [BrowserFact]
    public async Task The_drawing_exports_as_an_svg_file()
    {
        var home = await fixture.OpenAsync();
        await home.GetByRole(AriaRole.Button, new() { Name = "New from sample zones-firewall", Exact = false }).ClickAsync();
        await home.WaitForURLAsync("**/topologies/*");
        var editor = new EditorPage(home);
        await editor.WaitReadyAsync();
        await editor.Node("fw-ab").WaitForAsync();
        await Pages.ScreenshotAsync(editor.Page, "editor-sample-zones-firewall");

        await editor.Page.GetByTestId("export").ClickAsync();
        await editor.Page.GetByTestId("export-svg").WaitForAsync();
        await Pages.ScreenshotAsync(editor.Page, "editor-export-menu");
        var download = await editor.Page.RunAndWaitForDownloadAsync(() => editor.Page.GetByTestId("export-svg").ClickAsync());
        download.SuggestedFilename.ShouldEndWith(".svg");
        var svg = await File.ReadAllTextAsync((await download.PathAsync())!);
        svg.ShouldStartWith("<svg");
        svg.ShouldContain("fw-ab");
        svg.ShouldContain("app-a");
    }

    [BrowserFact]
    public async Task Two_browsers_on_the_same_topology_see_each_others_edits_without_reloading()
    {
        // How fast the edits travel is a figure of the measuring run (EditorMeasurements), not a pass/fail timing.
        var first = await EditorPage.OpenNewAsync(fixture, Unique("Shared"));
        var second = await EditorPage.OpenAsync(fixture, first.TopologyUrl);

        await first.DropAsync("switch", 300, 300, "sw-01");
        await second.Node("sw-01").WaitForAsync();

        await second.DropAsync("router", 600, 200, "rt-01");
        await first.Node("rt-01").WaitForAsync();
        await second.SelectAsync("sw-01");
        await second.SetFieldAsync(second.DataField("name"), "core-sw");
        await first.Node("core-sw").WaitForAsync();
        await Pages.ScreenshotAsync(first.Page, "editor-shared-first");
    }

    [BrowserFact]
    public async Task The_shortcut_help_lists_the_canvas_shortcuts()
    {
        var editor = await EditorPage.OpenNewAsync(fixture, Unique("Help"));
        await editor.Page.GetByTestId("shortcuts").ClickAsync();
        var help = editor.Page.GetByTestId("shortcut-help");
        await help.WaitForAsync();
        (await help.InnerTextAsync()).ShouldContain("Undo");
        (await help.InnerTextAsync()).ShouldContain("Duplicate");
        await Pages.ScreenshotAsync(editor.Page, "editor-shortcuts");
    }

    [BrowserFact]
    public async Task Deleting_an_element_takes_its_cables_and_is_stored()
    {
        var editor = await EditorPage.OpenNewAsync(fixture, Unique("Delete"));
        await editor.DropAsync("switch", 300, 200, "sw-01");
        await editor.DropAsync("vm", 300, 450, "vm-01");
        await editor.CableAsync("vm-01", "sw-01");

        await editor.SelectAsync("sw-01");
        await editor.Page.Keyboard.PressAsync("Delete");
        await editor.Node("sw-01").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await editor.SavedAsync();
        (await editor.Page.Locator(".dg-link").CountAsync()).ShouldBe(0);

        await editor.Page.ReloadAsync();
        await editor.WaitReadyAsync();
        await editor.Node("vm-01").WaitForAsync();
        (await editor.Node("sw-01").CountAsync()).ShouldBe(0);
        (await editor.Page.Locator(".dg-link").CountAsync()).ShouldBe(0);
    }

    [BrowserFact]
    public async Task Auto_layout_puts_the_switch_above_the_vm_and_stores_the_positions()
    {
        var editor = await EditorPage.OpenNewAsync(fixture, Unique("Layout"));
        await editor.DropAsync("vm", 300, 150, "vm-01");
        await editor.DropAsync("switch", 500, 450, "sw-01");
        await editor.CableAsync("vm-01", "sw-01");

        await editor.Page.GetByRole(AriaRole.Button, new() { Name = "Re-layout all" }).ClickAsync();
        await editor.SavedAsync();
        await editor.Page.WaitForFunctionAsync(
            "() => { const y = id => document.querySelector(`[data-node-id='${id}']`).getBoundingClientRect().top; return y('sw-01') < y('vm-01'); }",
            null, new() { Timeout = 15_000 });

        await editor.Page.ReloadAsync();
        await editor.WaitReadyAsync();
        var vm = (await editor.Node("vm-01").BoundingBoxAsync())!;
        var sw = (await editor.Node("sw-01").BoundingBoxAsync())!;
        sw.Y.ShouldBeLessThan(vm.Y);
    }
}
