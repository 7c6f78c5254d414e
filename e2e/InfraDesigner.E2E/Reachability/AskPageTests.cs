using System.Net.Http.Json;
using System.Text.Json;
using InfraDesigner.E2E.Support;
using Microsoft.Playwright;

namespace InfraDesigner.E2E.Reachability;

/// <summary>The Ask page in a browser: a question in words answered with verdict, path and fix.</summary>
public sealed class AskPageTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private async Task<Guid> FromSample(string sample)
    {
        using var http = fixture.App.CreateClient();
        var created = await http.PostAsync($"/api/topologies/from-sample/{sample}", null);
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task AskAsync(IPage page, string question)
    {
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Question", Exact = true }).FillAsync(question);
        await page.GetByTestId("ask-submit").ClickAsync();
    }

    [BrowserFact]
    public async Task Asking_whether_app_a_reaches_sap_shows_the_denial_at_fw_ab_and_the_fix()
    {
        var id = await FromSample("zones-firewall");
        var page = await fixture.OpenAsync($"/topologies/{id}/ask");

        await AskAsync(page, "can app-a reach sap on port 3300?");

        var verdict = page.GetByTestId("ask-verdict");
        await verdict.WaitForAsync();
        (await verdict.InnerTextAsync()).ShouldContain("Denied at fw-ab");
        (await page.GetByTestId("ask-fixes").InnerTextAsync()).ShouldContain("add allow rule on fw-ab: zone A host app-a -> zone B host sap tcp 3300");
        (await page.GetByTestId("ask-hop").AllInnerTextsAsync()).Count.ShouldBe(4);
        (await page.GetByRole(AriaRole.Textbox, new() { Name = "From", Exact = true }).InputValueAsync()).ShouldBe("app-a");
        await Pages.ScreenshotAsync(page, "ask-denied-at-fw-ab");
    }

    [BrowserFact]
    public async Task A_korean_question_about_the_web_site_shows_every_pool_member()
    {
        var id = await FromSample("web-lb");
        var page = await fixture.OpenAsync($"/topologies/{id}/ask");

        await AskAsync(page, "user에서 lb 443 포트로 접속 가능한가?");

        var verdict = page.GetByTestId("ask-verdict");
        await verdict.WaitForAsync();
        (await verdict.InnerTextAsync()).ShouldContain("Reachable");
        (await page.GetByTestId("ask-path").CountAsync()).ShouldBe(3);
        await Pages.ScreenshotAsync(page, "ask-web-lb-reachable");
    }
}
