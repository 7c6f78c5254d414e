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

    public const string Install = "sudo apt-get install -y chromium";

    /// <summary>Why no browser can be launched here, with the way to get one; null when one is installed.</summary>
    public static string? MissingReason()
    {
        var configured = Environment.GetEnvironmentVariable(PathVariable);
        if (!string.IsNullOrEmpty(configured))
            return File.Exists(configured) ? null : $"{PathVariable} is set to {configured}, which does not exist";
        return KnownPaths.Any(File.Exists) ? null
            : $"needs Chromium: {Install} (Debian/Ubuntu), or set {PathVariable} to a Chromium or Chrome executable";
    }

    public static string ExecutablePath()
    {
        var configured = Environment.GetEnvironmentVariable(PathVariable);
        var path = string.IsNullOrEmpty(configured) ? KnownPaths.FirstOrDefault(File.Exists) : configured;
        return path is not null && File.Exists(path) ? path : throw new InvalidOperationException($"No browser for the browser tests: {MissingReason()}.");
    }

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ExecutablePath(), Headless = true, Args = Arguments });
        return (playwright, browser);
    }
}
