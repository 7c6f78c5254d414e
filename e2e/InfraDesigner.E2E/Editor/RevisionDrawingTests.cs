using System.Net.Http.Json;
using InfraDesigner.E2E.Support;
using Microsoft.Playwright;

namespace InfraDesigner.E2E.Editor;

/// <summary>A saved version opened as a read-only drawing: looked at, inspected, exported and restored, never edited.</summary>
public sealed class RevisionDrawingTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [BrowserFact]
    public async Task A_saved_version_is_drawn_read_only_and_a_drag_moves_nothing_and_saves_nothing()
    {
        var id = await fixture.CreateFromSampleAsync("zones-firewall");
        using var http = fixture.App.CreateClient();
        (await http.PostAsJsonAsync($"{fixture.App.BaseUrl}/api/topologies/{id}/revisions", new { name = "before change" })).EnsureSuccessStatusCode();
        var before = await http.GetStringAsync($"{fixture.App.BaseUrl}/api/topologies/{id}/revisions/1");
        var page = await fixture.OpenAsync($"/topologies/{id}/revisions/1");
        var view = new EditorPage(page);
        await page.Locator(".dg-canvas[data-dg-ready=true]").WaitForAsync();
        await page.GetByTestId("revision-banner").GetByText("Version 1, saved").WaitForAsync();
        await view.Node("fw-ab").WaitForAsync();
        var place = await view.PlaceAsync("fw-ab");

        var box = (await view.Node("fw-ab").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + box.Width / 2, box.Y + 12);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + box.Width / 2 + 150, box.Y + 112, new() { Steps = 10 });
        await page.Mouse.UpAsync();
        await page.Mouse.ClickAsync(box.X + box.Width / 2 + 150, box.Y + 112);

        (await view.PlaceAsync("fw-ab")).ShouldBe(place);
        await page.Keyboard.PressAsync("Delete");
        (await page.Locator(".dg-resize, .dg-edge").CountAsync()).ShouldBe(0, "no resize handle or link strips on a read-only drawing");
        (await http.GetStringAsync($"{fixture.App.BaseUrl}/api/topologies/{id}/revisions/1")).ShouldBe(before);
        (await http.GetStringAsync($"{fixture.App.BaseUrl}/api/topologies/{id}")).ShouldContain("\"fw-ab\"");
        await Pages.ScreenshotAsync(page, "version-drawing");
    }

    [BrowserFact]
    public async Task Selecting_an_element_shows_its_properties_and_restore_makes_the_version_current()
    {
        var id = await fixture.CreateFromSampleAsync("zones-firewall");
        using var http = fixture.App.CreateClient();
        (await http.PostAsJsonAsync($"{fixture.App.BaseUrl}/api/topologies/{id}/revisions", new { name = "with app-a" })).EnsureSuccessStatusCode();
        var editor = await EditorPage.OpenAsync(fixture, $"/topologies/{id}");
        await editor.SelectAsync("app-a");
        await editor.Page.Keyboard.PressAsync("Delete");
        await editor.SavedAsync();

        var page = editor.Page;
        await page.GotoAsync($"{fixture.App.BaseUrl}/topologies/{id}/revisions/1");
        var view = new EditorPage(page);
        await page.Locator(".dg-canvas[data-dg-ready=true]").WaitForAsync();
        var box = (await view.Node("app-a").BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(box.X + box.Width / 2, box.Y + 12);
        await page.GetByTestId("revision-element").GetByText("app-a", new() { Exact = true }).WaitForAsync();
        await Pages.ScreenshotAsync(page, "version-drawing-selected");

        await page.GetByTestId("restore-version").ClickAsync();
        await page.GetByTestId("confirm-restore").ClickAsync();

        await page.WaitForURLAsync($"**/topologies/{id}");
        await view.Node("app-a").WaitForAsync();
    }

    [BrowserFact]
    public async Task The_drawing_marks_what_changed_since_the_version_and_the_toggle_hides_the_marks()
    {
        var id = await fixture.CreateFromSampleAsync("zones-firewall");
        using var http = fixture.App.CreateClient();
        (await http.PostAsJsonAsync($"{fixture.App.BaseUrl}/api/topologies/{id}/revisions", new { name = "before" })).EnsureSuccessStatusCode();
        var editor = await EditorPage.OpenAsync(fixture, $"/topologies/{id}");
        await editor.SelectAsync("app-a");
        await editor.Page.Keyboard.PressAsync("Delete");
        await editor.SavedAsync();
        await editor.SelectAsync("sap");
        await editor.SetFieldAsync(editor.Field("Description"), "changed after the version");
        await editor.DropAsync("switch", 300, 420, "sw-01");

        var page = editor.Page;
        await page.GotoAsync($"{fixture.App.BaseUrl}/topologies/{id}/revisions/1");
        var view = new EditorPage(page);
        await page.Locator(".dg-canvas[data-dg-ready=true]").WaitForAsync();

        await page.Locator(".dg-node.diff-removed[data-node-id=\"app-a\"]").WaitForAsync();
        await page.Locator(".dg-node.diff-changed[data-node-id=\"sap\"]").WaitForAsync();
        await page.Locator(".dg-node.diff-added[data-node-id=\"sw-01\"]").WaitForAsync();
        (await page.Locator(".dg-node.diff-changed[data-node-id=\"fw-ab\"], .dg-node.diff-removed[data-node-id=\"fw-ab\"]").CountAsync()).ShouldBe(0);
        await Pages.ScreenshotAsync(page, "version-drawing-changes");

        await page.GetByTestId("show-changes").UncheckAsync();
        await view.Node("sw-01").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        (await page.Locator(".dg-node.diff-removed, .dg-node.diff-changed").CountAsync()).ShouldBe(0);
    }
}
