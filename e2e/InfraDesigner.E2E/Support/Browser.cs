using Microsoft.Playwright;

namespace InfraDesigner.E2E.Support;

/// <summary>
/// Launches a locally installed Chromium through Playwright (Playwright's own browser download is
/// not reachable here). INFRADESIGNER_CHROMIUM overrides the path, e.g. on a developer laptop.
/// </summary>
public static class Browser
{
    public const string PathVariable = "INFRADESIGNER_CHROMIUM";

    private static readonly string[] KnownPaths =
        ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"];

    // Without the background-networking flags Chromium floods a closed network with requests.
    private static readonly string[] Arguments =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

    public static string ExecutablePath()
    {
        var configured = Environment.GetEnvironmentVariable(PathVariable);
        if (!string.IsNullOrEmpty(configured))
            return File.Exists(configured) ? configured : throw new FileNotFoundException($"{PathVariable} is set to {configured}, which does not exist.");
        return KnownPaths.FirstOrDefault(File.Exists) ?? throw new InvalidOperationException(
            "No Chromium found for the browser tests. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) " +
            $"or set {PathVariable} to a Chromium or Chrome executable.");
    }

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ExecutablePath(), Headless = true, Args = Arguments });
        return (playwright, browser);
    }
}
