using InfraDesigner.E2E.Support;
using Microsoft.Playwright;

namespace InfraDesigner.E2E.Editor;

/// <summary>Right-click menus on the canvas and renaming a node in place by double-click.</summary>
public sealed class CanvasMenusTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..6]}";

    [BrowserFact]
    public async Task A_name_typed_over_a_double_clicked_node_is_stored_and_a_refused_one_shows_why()
    {
        var id = await fixture.CreateFromSampleAsync("zones-eai");
        var editor = await EditorPage.OpenAsync(fixture, $"/topologies/{id}");

        await editor.RenameInPlaceAsync("app-a", "sap");

        var error = editor.Page.GetByTestId("rename-error");
        await error.WaitForAsync();
        (await error.InnerTextAsync()).ShouldContain("already named 'sap'");
        (await editor.RenameInput.InputValueAsync()).ShouldBe("sap");
        await Pages.ScreenshotAsync(editor.Page, "editor-rename-in-place-refused");
        await editor.RenameInput.PressAsync("Escape");
        await editor.RenameInput.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await editor.Node("app-a").WaitForAsync();

        await editor.RenameInPlaceAsync("app-a", "app-z");

        await editor.Node("app-z").WaitForAsync();
        await editor.RenameInput.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await editor.SavedAsync();
        await editor.Page.ReloadAsync();
        await editor.WaitReadyAsync();
        await editor.Node("app-z").WaitForAsync();
        (await editor.Node("app-a").CountAsync()).ShouldBe(0);
    }

    [BrowserFact]
    public async Task Duplicate_and_delete_from_a_node_menu_are_edits_that_undo()
    {
        var editor = await EditorPage.OpenNewAsync(fixture, Unique("Menu"));
        await editor.DropAsync("vm", 300, 300, "vm-01");
        await editor.Page.EvaluateAsync("() => { window.__menusPrevented = []; document.addEventListener('contextmenu', e => window.__menusPrevented.push(e.defaultPrevented)); }");

        await editor.OpenMenuAsync("vm-01");
        (await editor.ContextMenu.Locator("[role=menuitem]").AllInnerTextsAsync())
            .ShouldBe(["Rename", "Duplicate", "Delete", "Bring to front", "Send to back", "What can reach this?", "What can this reach?", "Trace to…"]);
        await Pages.ScreenshotAsync(editor.Page, "editor-context-menu-node");
        // Focus is on the list: the first ArrowDown reaches "Rename", the second "Duplicate".
        await editor.Page.Keyboard.PressAsync("ArrowDown");
        await editor.Page.Keyboard.PressAsync("ArrowDown");
        await editor.Page.Keyboard.PressAsync("Enter");

        await editor.Node("vm-02").WaitForAsync();
        await editor.ContextMenu.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await editor.Page.GetByTestId("undo").ClickAsync();
        await editor.Node("vm-02").WaitForAsync(new() { State = WaitForSelectorState.Detached });

        await editor.OpenMenuAsync("vm-01");
        await editor.MenuItem("delete").ClickAsync();
        await editor.Node("vm-01").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await editor.Page.GetByTestId("undo").ClickAsync();
        await editor.Node("vm-01").WaitForAsync();
        await editor.SavedAsync();
        await editor.Page.ReloadAsync();
        await editor.WaitReadyAsync();
        await editor.Node("vm-01").WaitForAsync();
        (await editor.Page.Locator(".dg-node .el-node").CountAsync()).ShouldBe(1);
        (await editor.Page.EvaluateAsync<bool[]>("() => window.__menusPrevented ?? []")).ShouldAllBe(prevented => prevented);
    }

    [BrowserFact]
    public async Task The_empty_canvas_menu_pastes_what_was_copied_and_escape_or_a_click_outside_closes_a_menu()
    {
        var editor = await EditorPage.OpenNewAsync(fixture, Unique("CanvasMenu"));
        await editor.DropAsync("vm", 300, 300, "vm-01");

        await editor.OpenCanvasMenuAsync(120, 450);
        (await editor.ContextMenu.Locator("[role=menuitem]").AllInnerTextsAsync()).ShouldBe(["Fit to window", "Re-layout all"]);
        await editor.Page.Keyboard.PressAsync("Escape");
        await editor.ContextMenu.WaitForAsync(new() { State = WaitForSelectorState.Detached });

        await editor.SelectAsync("vm-01");
        await editor.Canvas.FocusAsync();
        await editor.Page.Keyboard.PressAsync("Control+c");
        await editor.OpenCanvasMenuAsync(120, 450);
        await editor.MenuItem("paste").ClickAsync();
        await editor.Node("vm-02").WaitForAsync();

        await editor.OpenMenuAsync("vm-02");
        await editor.Page.Mouse.ClickAsync(20, 20);
        await editor.ContextMenu.WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }

    [BrowserFact]
    public async Task What_can_reach_this_on_sap_answers_with_the_list_in_the_ask_tab()
    {
        var id = await fixture.CreateFromSampleAsync("zones-eai");
        var editor = await EditorPage.OpenAsync(fixture, $"/topologies/{id}");

        await editor.OpenMenuAsync("sap");
        await editor.MenuItem("ask-reach-this").ClickAsync();

        var verdict = editor.Page.GetByTestId("ask-services-verdict");
        await verdict.WaitForAsync();
        (await verdict.InnerTextAsync()).ShouldContain("1 of 6 flows reachable");
        (await editor.Page.GetByRole(AriaRole.Textbox, new() { Name = "Question", Exact = true }).InputValueAsync()).ShouldBe("what can reach sap?");
        var rows = await editor.AskedRowsAsync();
        rows.Length.ShouldBe(6);
        rows.ShouldContain("eai | sap-gateway tcp 3300 | yes | fw-ab: rule 2 'eai-to-sap' (allow)");
        await Pages.ScreenshotAsync(editor.Page, "editor-context-menu-ask-what-can-reach-sap");
    }

    [BrowserFact]
    public async Task Bring_to_front_from_the_menu_and_send_to_back_by_shortcut_change_the_drawing_order_and_keep_it()
    {
        var editor = await EditorPage.OpenNewAsync(fixture, Unique("Order"));
        await editor.DropAsync("vm", 300, 300, "vm-01");
        await editor.DropAsync("vm", 520, 300, "vm-02");
        (await DrawingOrderAsync(editor)).ShouldBe(["vm-01", "vm-02"]);

        await editor.OpenMenuAsync("vm-01");
        await editor.MenuItem("bring-to-front").ClickAsync();
        await DrawnInOrderAsync(editor, "vm-02", "vm-01");
        await editor.SavedAsync();

        await editor.Page.ReloadAsync();
        await editor.WaitReadyAsync();
        (await DrawingOrderAsync(editor)).ShouldBe(["vm-02", "vm-01"]);

        await editor.SelectAsync("vm-01");
        await editor.Page.Keyboard.PressAsync("Control+Shift+B");
        await DrawnInOrderAsync(editor, "vm-01", "vm-02");
        await editor.SavedAsync();
    }

    private const string DrawingOrder = "() => [...document.querySelectorAll('.dg-nodes-layer > .dg-node')].map(n => n.dataset.nodeId)";

    private static async Task<string[]> DrawingOrderAsync(EditorPage editor) => await editor.Page.EvaluateAsync<string[]>(DrawingOrder);

    /// <summary>Waits until the boxes are drawn in this order (the edit's render reaches the browser after the click).</summary>
    private static Task DrawnInOrderAsync(EditorPage editor, params string[] ids) =>
        editor.Page.WaitForFunctionAsync($"ids => ({DrawingOrder})().join() === ids.join()", ids, new() { Timeout = 10_000 });
}
