using System.Text;
using InfraDesigner.E2E.Editor;
using InfraDesigner.E2E.Support;
using InfraDesigner.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace InfraDesigner.E2E.Reachability;

/// <summary>
/// From Enter in the Ask box to the answer's path painted on the canvas, on 2,000 and 10,000 elements, printed as figures
/// (not pass/fail timings). Runs only with INFRADESIGNER_MEASURE=1:
/// `INFRADESIGNER_MEASURE=1 dotnet test e2e/InfraDesigner.E2E --filter FullyQualifiedName~PathOnCanvasMeasurements --logger "console;verbosity=detailed"`.
/// </summary>
[Trait("Category", "Measure")]
public sealed class PathOnCanvasMeasurements(AppFixture fixture, ITestOutputHelper output) : IClassFixture<AppFixture>
{
    private const int Questions = 7;

    [MeasureFact]
    public async Task Figures_for_the_path_drawn_after_Enter_on_2000_and_10000_elements()
    {
        var report = new StringBuilder();
        foreach (var elements in new[] { 2000, 10000 })
            report.AppendLine(await MeasureAsync(elements));
        output.WriteLine(report.ToString());
        Console.WriteLine(report.ToString());
        File.WriteAllText(Path.Combine(Repository.ScreenshotFolder, "path-on-canvas-measurements.txt"), report.ToString());
    }

    private async Task<string> MeasureAsync(int elements)
    {
        var id = await Measuring.ImportAsync(fixture.App, LargeTopologyDocument.Create($"path-{elements}", elements));
        var context = await Pages.NewContextAsync(fixture.Browser, fixture.App.BaseUrl);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{fixture.App.BaseUrl}/topologies/{id}", new() { Timeout = 120_000 });
        await page.Locator(".dg-canvas[data-dg-ready=true]").WaitForAsync(new() { Timeout = 120_000 });
        await page.GetByRole(AriaRole.Tab, new() { Name = "Ask", Exact = true }).ClickAsync();
        var box = page.GetByRole(AriaRole.Textbox, new() { Name = "Question", Exact = true });
        var lines = new List<string>();
        var pair = 0;
        foreach (var (name, words) in Kinds)
        {
            var times = new List<double>();
            for (var i = 0; i < Questions; i++, pair++)
            {
                // A new pair each time, so each answer is drawn anew.
                var (from, to) = ($"vm-{pair * 2}", $"vm-{pair * 2 + 1}");
                await box.FillAsync(words(from, to));
                var drawn = page.EvaluateAsync<double>(DrawnAfterEnter, to);
                await box.PressAsync("Enter");
                times.Add(await drawn);
            }
            // The very first question compiles the topology's snapshot; it is left out of the median.
            var warm = (pair == Questions ? times.Skip(1) : times).Order().ToList();
            lines.Add($"{elements:N0} elements, {name}: Enter to path painted {warm[warm.Count / 2]:N0} ms median of {warm.Count} ({warm[0]:N0}–{warm[^1]:N0} ms)" +
                (pair == Questions ? $"; the first question, which compiles the snapshot, {times[0]:N0} ms" : ""));
        }
        await Pages.ScreenshotAsync(page, $"path-on-canvas-{elements}");
        await context.CloseAsync();
        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>A ping that gets through, and a port nothing listens on (the answer then also searches for fixes).</summary>
    private static readonly (string Name, Func<string, string, string> Words)[] Kinds =
    [
        ("can A reach B? (ping, reachable)", (from, to) => $"can {from} reach {to}?"),
        ("can A reach B on port 22? (no listener, with fixes)", (from, to) => $"can {from} reach {to} on port 22?"),
    ];

    /// <summary>Milliseconds from the Enter key to the first frame painted with the path to the destination drawn.</summary>
    private const string DrawnAfterEnter = """
        to => new Promise(resolve => {
            let start = 0;
            document.addEventListener('keydown', e => { if (e.key === 'Enter') start = performance.now(); }, { once: true, capture: true });
            const drawn = () => document.querySelector(`.dg-canvas.dg-highlighting .dg-hl-segment[data-to="${to}"]`);
            new MutationObserver((_, observer) => {
                if (!start || !drawn()) return;
                observer.disconnect();
                requestAnimationFrame(() => resolve(performance.now() - start));
            }).observe(document, { subtree: true, childList: true, attributes: true });
        })
        """;
}
