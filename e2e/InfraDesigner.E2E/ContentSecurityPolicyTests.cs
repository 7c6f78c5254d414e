using InfraDesigner.E2E.Editor;
using InfraDesigner.E2E.Support;
using Microsoft.Playwright;

namespace InfraDesigner.E2E;

/// <summary>
/// The editor works under the app's Content-Security-Policy with no violation: every violation event
/// and every console message about the policy is collected from before the first byte loads.
/// </summary>
public sealed class ContentSecurityPolicyTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string CollectViolations =
        """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e =>
          window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`));
        """;

    [BrowserFact]
    public async Task The_editor_loads_draws_selects_asks_and_exports_without_a_policy_violation()
    {
        var id = await fixture.CreateFromSampleAsync("zones-firewall");
        var context = await Pages.NewContextAsync(fixture.Browser, fixture.App.BaseUrl);
        await context.AddInitScriptAsync(CollectViolations);
        var page = await context.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, message) => { lock (console) console.Add($"{message.Type}: {message.Text}"); };

        var response = await page.GotoAsync($"{fixture.App.BaseUrl}/topologies/{id}");
        await Pages.WaitForCircuitAsync(page);
        var editor = new EditorPage(page);
        await editor.WaitReadyAsync();
        await editor.SelectAsync("fw-ab");
        await editor.AskAsync("can app-a reach sap on port 3300?");
        await Assertions.Expect(page.GetByTestId("ask-verdict")).ToContainTextAsync("Denied at fw-ab");
        await page.GetByTestId("export").ClickAsync();
        var png = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-png").ClickAsync());
        (await png.PathAsync()).ShouldNotBeNull();
        await Pages.ScreenshotAsync(page, "csp-editor");

        (await response!.AllHeadersAsync())["content-security-policy"].ShouldContain("script-src 'self';");
        (await Violations(page)).ShouldBeEmpty();
        lock (console) console.Where(m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)).ShouldBeEmpty();

        // The collector does see a violation: an inline script, which the policy refuses.
        await page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.__ran = true'; document.body.append(s); }");
        await page.WaitForFunctionAsync("() => window.__cspViolations.length > 0");
        (await Violations(page)).ShouldHaveSingleItem().ShouldStartWith("script-src-elem blocked inline");
        (await page.EvaluateAsync<bool>("() => window.__ran === true")).ShouldBeFalse();
        await context.CloseAsync();
    }

    private static Task<string[]> Violations(IPage page) => page.EvaluateAsync<string[]>("() => window.__cspViolations");
}
