using System.Text;
using InfraDesigner.E2E.Support;
using Microsoft.Playwright;

namespace InfraDesigner.E2E.Editor;

/// <summary>The editor's right-hand tabs and its Versions dialog, on the built-in samples.</summary>
public sealed class EditorInspectorTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task The_simulate_tab_answers_the_capacity_question_beside_the_drawing()
    {
        var id = await fixture.CreateFromSampleAsync("cluster-capacity");
        var editor = await EditorPage.OpenAsync(fixture, $"/topologies/{id}");

        await editor.Page.GetByRole(AriaRole.Tab, new() { Name = "Simulate", Exact = true }).ClickAsync();
        await editor.Page.GetByTestId("run-capacity").ClickAsync();

        await editor.Page.GetByTestId("capacity-result").WaitForAsync();
        (await editor.Page.GetByTestId("capacity-total").InnerTextAsync()).ShouldBe("4");
        await Pages.ScreenshotAsync(editor.Page, "editor-simulate-tab");
    }

    [Fact]
    public async Task A_saved_version_opens_read_only_and_restores_the_topology()
    {
        var id = await fixture.CreateFromSampleAsync("zones-firewall");
        var editor = await EditorPage.OpenAsync(fixture, $"/topologies/{id}");
        var page = editor.Page;

        await page.GetByTestId("versions").ClickAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Save the current topology as", Exact = true }).FillAsync("before the EAI");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save version", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "before the EAI", Exact = true }).WaitForAsync();
        await Pages.ScreenshotAsync(page, "editor-versions");

        using (var http = new HttpClient())
        {
            var eai = await http.GetStringAsync($"{fixture.App.BaseUrl}/api/topologies/{await fixture.CreateFromSampleAsync("zones-eai")}");
            (await http.PutAsync($"{fixture.App.BaseUrl}/api/topologies/{id}", new StringContent(eai, Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Restore version 1", Exact = true }).ClickAsync();
        // Restoring reloads the page: a mark on the old page tells when the new one has replaced it.
        await page.EvaluateAsync("window.beforeRestore = true");
        await page.GetByRole(AriaRole.Button, new() { Name = "Restore", Exact = true }).ClickAsync();
        await page.WaitForFunctionAsync("() => window.beforeRestore === undefined");

        await editor.WaitReadyAsync();
        await editor.Node("app-a").WaitForAsync();
        (await editor.Node("eai").CountAsync()).ShouldBe(0);

        await page.GotoAsync($"{fixture.App.BaseUrl}/topologies/{id}/revisions/1");
        await page.Locator(".eyebrow", new() { HasText = "Version 1 · read-only" }).WaitForAsync();
        await Pages.ScreenshotAsync(page, "version-read-only");
    }
}
