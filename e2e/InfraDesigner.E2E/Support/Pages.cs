using Microsoft.Playwright;

namespace InfraDesigner.E2E.Support;

/// <summary>Small steps shared by the browser tests.</summary>
public static class Pages
{
    /// <summary>Waits until the page's Blazor circuit is live (the top bar says so once the server renders interactively).</summary>
    /// <summary>A fresh page in its own browser context, already at <paramref name="url"/> with the circuit live.</summary>
    public static async Task<IPage> OpenAsync(IBrowser browser, string url)
    {
        var context = await NewContextAsync(browser, new Uri(url).GetLeftPart(UriPartial.Authority));
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        await WaitForCircuitAsync(page);
        return page;
    }

    /// <summary>A browser context of its own, signed in to the app at <paramref name="baseUrl"/> as its admin (the sign-in cookie is in the context).</summary>
    public static async Task<IBrowserContext> NewContextAsync(IBrowser browser, string baseUrl)
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 850 } });
        var signedIn = await context.APIRequest.PostAsync($"{baseUrl}/api/account/login?useCookies=true",
            new() { DataObject = new { email = AppProcess.AdminEmail, password = AppProcess.AdminPassword } });
        if (!signedIn.Ok) throw new InvalidOperationException($"Signing in to {baseUrl} failed: {signedIn.Status} {await signedIn.TextAsync()}");
        return context;
    }

    public static Task WaitForCircuitAsync(IPage page) =>
        page.Locator("[data-testid=circuit-state].circuit-live").WaitForAsync(new() { Timeout = 15_000 });

    /// <summary>Creates a topology through the home page's dialog; the new topology opens in the editor.</summary>
    public static async Task CreateTopologyAsync(IPage page, string name, string? description = null)
    {
        await ClickUntilShownAsync(page.GetByTestId("new-topology"), page.GetByRole(AriaRole.Dialog));
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Name", Exact = true }).FillAsync(name);
        if (description is not null) await page.GetByRole(AriaRole.Textbox, new() { Name = "Description", Exact = true }).FillAsync(description);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create", Exact = true }).ClickAsync();
        await page.Locator("h1", new() { HasText = name }).WaitForAsync();
    }

    /// <summary>
    /// Clicks until what the click shows is there: right after a navigation the page is prerendered and a click
    /// before its circuit is interactive does nothing (as for a user, who clicks again).
    /// </summary>
    public static async Task ClickUntilShownAsync(ILocator button, ILocator shown, int attempts = 5)
    {
        for (var attempt = 1; ; attempt++)
        {
            await button.ClickAsync();
            try
            {
                await shown.WaitForAsync(new() { Timeout = 3_000 });
                return;
            }
            catch (TimeoutException) when (attempt < attempts)
            {
            }
        }
    }

    /// <summary>Goes back to the list of topologies with the top bar's link.</summary>
    public static async Task GoHomeAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Topologies", Exact = true }).ClickAsync();
        await page.Locator("h1", new() { HasText = "Topologies" }).WaitForAsync();
    }

    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(Repository.ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }

    /// <summary>One part of the page, scrolled into view: the app scrolls inside its layout, so a full-page shot stops at the window.</summary>
    public static async Task<string> ScreenshotAsync(ILocator part, string name)
    {
        var path = Path.Combine(Repository.ScreenshotFolder, name + ".png");
        await part.ScreenshotAsync(new() { Path = path });
        return path;
    }
}
