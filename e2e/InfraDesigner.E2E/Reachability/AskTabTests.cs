using InfraDesigner.E2E.Editor;
using InfraDesigner.E2E.Support;
using Microsoft.Playwright;

namespace InfraDesigner.E2E.Reachability;

/// <summary>The editor's Ask tab with questions as people ask them: without a port, and "what can reach X" / "what can X reach".</summary>
public sealed class AskTabTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [BrowserFact]
    public async Task Worked_question_3_as_written_is_answered_at_ip_level_on_the_vlans_sample()
    {
        var id = await fixture.CreateFromSampleAsync("vlans");
        var editor = await EditorPage.OpenAsync(fixture, $"/topologies/{id}");

        await editor.AskAsync("can PC1 reach PC2?");

        var verdict = editor.Page.GetByTestId("ask-verdict");
        await verdict.WaitForAsync();
        (await verdict.InnerTextAsync()).ShouldContain("Reachable");
        (await verdict.InnerTextAsync()).ShouldContain("PC1 -> PC2 icmp");
        (await editor.Page.GetByTestId("ask-no-services").InnerTextAsync()).ShouldBe("PC2 listens on no services; the answer above is at IP level (ping).");
        (await editor.Page.GetByTestId("ask-hop").Locator("strong").AllInnerTextsAsync()).ShouldBe(["PC1", "sw1", "PC2"]);
        await Pages.ScreenshotAsync(editor.Page, "editor-ask-pc1-pc2");
    }

    [BrowserFact]
    public async Task A_question_without_a_port_lists_each_service_of_the_destination_with_its_rule()
    {
        var id = await fixture.CreateFromSampleAsync("zones-eai");
        var editor = await EditorPage.OpenAsync(fixture, $"/topologies/{id}");

        await editor.AskAsync("can app-a reach sap?");

        await editor.Page.GetByTestId("ask-services").WaitForAsync();
        (await editor.Page.GetByTestId("ask-verdict").InnerTextAsync()).ShouldContain("Denied at fw-ab");
        (await editor.AskedRowsAsync()).ShouldBe(
        [
            "sap-dispatcher tcp 3200 | no | fw-ab: default rule (deny)",
            "sap-gateway tcp 3300 | no | fw-ab: rule 3 'app-a-to-sap-denied' (deny)",
        ]);
        await Pages.ScreenshotAsync(editor.Page, "editor-ask-app-a-sap-services");
    }

    [BrowserTheory]
    [InlineData("what can reach sap?", "ask-what-can-reach-sap")]
    [InlineData("sap에 접근할 수 있는 것은?", "ask-what-can-reach-sap-korean")]
    public async Task What_can_reach_sap_lists_every_flow_with_the_rule_that_decided(string question, string screenshot)
    {
        var id = await fixture.CreateFromSampleAsync("zones-eai");
        var editor = await EditorPage.OpenAsync(fixture, $"/topologies/{id}");

        await editor.AskAsync(question);

        var verdict = editor.Page.GetByTestId("ask-services-verdict");
        await verdict.WaitForAsync();
        (await verdict.InnerTextAsync()).ShouldContain("1 of 6 flows reachable");
        var rows = await editor.AskedRowsAsync();
        rows.Length.ShouldBe(6);
        rows.ShouldContain("eai | sap-gateway tcp 3300 | yes | fw-ab: rule 2 'eai-to-sap' (allow)");
        rows.ShouldContain("app-a | sap-gateway tcp 3300 | no | fw-ab: rule 3 'app-a-to-sap-denied' (deny)");
        await Pages.ScreenshotAsync(editor.Page, screenshot);
    }

    [BrowserFact]
    public async Task What_app_a_can_reach_is_the_eai_on_443_on_the_ask_page()
    {
        var id = await fixture.CreateFromSampleAsync("zones-eai");
        var page = await fixture.OpenAsync($"/topologies/{id}/ask?q={Uri.EscapeDataString("what can app-a reach?")}");

        var verdict = page.GetByTestId("ask-services-verdict");
        await verdict.WaitForAsync();
        (await verdict.InnerTextAsync()).ShouldContain("What app-a can reach");
        (await page.GetByTestId("ask-service-reachable").AllInnerTextsAsync()).ShouldBe(["no", "no", "no", "no", "yes"]);
        (await page.GetByRole(AriaRole.Textbox, new() { Name = "From", Exact = true }).InputValueAsync()).ShouldBe("app-a");
        (await Headers(page)).ShouldBe(["To", "Service", "Reachable", "Decided by"]);
        await Pages.ScreenshotAsync(page, "ask-what-app-a-can-reach");

        await page.GetByRole(AriaRole.Textbox, new() { Name = "Question", Exact = true }).FillAsync("what can reach sap?");
        await page.GetByTestId("ask-submit").ClickAsync();
        await verdict.Filter(new() { HasText = "What can reach sap" }).WaitForAsync();
        (await Headers(page)).ShouldBe(["From", "Service", "Reachable", "Decided by"]);
    }

    private static async Task<string[]> Headers(IPage page) =>
        (await page.GetByTestId("ask-services").Locator("th").AllTextContentsAsync()).Select(t => t.Trim().Replace("↕", "").Trim()).ToArray();
}
