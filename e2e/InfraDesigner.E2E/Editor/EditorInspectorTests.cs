using System.Text;
using InfraDesigner.E2E.Support;
using Microsoft.Playwright;

namespace InfraDesigner.E2E.Editor;

/// <summary>The editor's right-hand tabs and its Versions dialog, on the built-in samples.</summary>
public sealed class EditorInspectorTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [BrowserFact]
    public async Task The_simulate_tab_answers_the_capacity_question_beside_the_drawing()
    {
        var id = await fixture.CreateFromSampleAsync("cluster-capacity");
        var editor = await EditorPage.OpenAsync(fixture, $"/topologies/{id}");

        await editor.Page.GetByRole(AriaRole.Tab, new() { Name = "Simulate", Exact = true }).ClickAsync();
        await editor.Page.GetByTestId("run-capacity").ClickAsync();

        await editor.Page.GetByTestId("capacity-result").WaitForAsync();
        (await editor.Page.GetByTestId("capacity-total").InnerTextAsync()).ShouldBe("2");
        await Pages.ScreenshotAsync(editor.Page, "editor-simulate-tab");
    }

    [BrowserFact]
    public async Task The_ask_tab_answers_worked_question_1_and_the_answer_changes_with_the_allow_rule()
    {
        var id = await fixture.CreateFromSampleAsync("zones-firewall");
        var editor = await EditorPage.OpenAsync(fixture, $"/topologies/{id}");
        var page = editor.Page;

        await page.GetByRole(AriaRole.Tab, new() { Name = "Ask", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Question", Exact = true }).FillAsync("can app-a reach sap on port 3300?");
        await page.GetByTestId("ask-submit").ClickAsync();

        var verdict = page.GetByTestId("ask-verdict");
        await verdict.WaitForAsync();
        (await verdict.InnerTextAsync()).ShouldContain("Denied at fw-ab");
        await Pages.ScreenshotAsync(page, "editor-ask-denied");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Properties", Exact = true }).ClickAsync();
        await editor.SelectAsync("fw-ab");
        await page.GetByTestId("add-rule").ClickAsync();
        await editor.SavedAsync();
        await editor.SetFieldAsync(editor.DataField("rules[0].source"), "app-a");
        await editor.SetFieldAsync(editor.DataField("rules[0].destination"), "sap");
        await editor.SetFieldAsync(editor.DataField("rules[0].ports"), "3300");
        // A new rule is a disabled draft until it is enabled.
        await page.Locator("[data-rule]").First.GetByRole(AriaRole.Checkbox, new() { Name = "Enabled" }).CheckAsync();
        await editor.SavedAsync();

        await page.GetByRole(AriaRole.Tab, new() { Name = "Ask", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Question", Exact = true }).FillAsync("can app-a reach sap on port 3300?");
        await page.GetByTestId("ask-submit").ClickAsync();
        await page.GetByTestId("ask-verdict").Filter(new() { HasText = "Reachable" }).WaitForAsync();
        await Pages.ScreenshotAsync(page, "editor-ask-allowed");
    }

    [BrowserFact]
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

        using (var http = fixture.App.CreateClient())
        {
            var eai = await http.GetStringAsync($"{fixture.App.BaseUrl}/api/topologies/{await fixture.CreateFromSampleAsync("zones-eai")}");
            (await http.PutAsync($"{fixture.App.BaseUrl}/api/topologies/{id}", new StringContent(eai, Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        }
        // The PUT reached the open editor, which shows the replaced topology in place.
        await editor.Node("eai").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Restore version 1", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Restore", Exact = true }).ClickAsync();

        // Restoring reloads the topology in place, on the same circuit.
        await editor.Node("eai").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await editor.Node("app-a").WaitForAsync();
        (await editor.Node("eai").CountAsync()).ShouldBe(0);

        await page.GotoAsync($"{fixture.App.BaseUrl}/topologies/{id}/revisions/1");
        await page.GetByTestId("revision-banner").GetByText("Version 1, saved").WaitForAsync();
        await Pages.ScreenshotAsync(page, "version-read-only");
    }
}
