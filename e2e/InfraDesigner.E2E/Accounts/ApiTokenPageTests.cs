using System.Net;
using InfraDesigner.E2E.Support;
using Microsoft.Playwright;

namespace InfraDesigner.E2E.Accounts;

/// <summary>A user makes an API token in the app, a script uses it, the user revokes it and the script is refused.</summary>
public sealed class ApiTokenPageTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [BrowserFact]
    public async Task A_token_made_on_the_page_works_for_a_script_until_it_is_revoked_there()
    {
        var page = await fixture.OpenAsync();
        await Pages.WaitForCircuitAsync(page);
        await page.GetByTestId("api-tokens").ClickAsync();
        await page.GetByTestId("token-form").WaitForAsync();
        await Pages.WaitForCircuitAsync(page);

        await page.GetByTestId("make-token").ClickAsync();
        await page.GetByText("A name is required, to tell the token's use later.").WaitForAsync();

        var name = "ci check " + Guid.NewGuid().ToString("N")[..6];
        await page.GetByLabel("Name").FillAsync(name);
        await page.GetByTestId("make-token").ClickAsync();
        var secret = await page.GetByTestId("token-secret").InnerTextAsync();
        secret.ShouldStartWith("idt_");
        await Assertions.Expect(page.GetByTestId("token-list")).ToContainTextAsync(name);
        await Assertions.Expect(page.GetByTestId("token-list")).ToContainTextAsync("read-only");
        await Pages.ScreenshotAsync(page, "api-tokens");

        using var script = new HttpClient { BaseAddress = new Uri(fixture.App.BaseUrl) };
        script.DefaultRequestHeaders.Authorization = new("Bearer", secret);
        (await script.GetAsync("/api/topologies")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await script.PostAsync("/api/topologies/from-sample/vlans", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        await page.GetByRole(AriaRole.Button, new() { Name = $"Revoke {name}" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Revoke", Exact = true }).ClickAsync();
        await page.GetByText($"Revoked {name}.").WaitForAsync();
        (await script.GetAsync("/api/topologies")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
