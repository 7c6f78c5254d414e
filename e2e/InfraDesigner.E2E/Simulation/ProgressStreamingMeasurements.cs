using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using InfraDesigner.E2E.Support;
using InfraDesigner.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace InfraDesigner.E2E.Simulation;

/// <summary>
/// A capacity run over a cluster of 1,000 hosts streams one progress event per host to the Simulate page; printed are
/// the events that reached the page, the time from the click to the answer on screen, and the frames the browser
/// painted meanwhile (not pass/fail timings). Runs only with INFRADESIGNER_MEASURE=1:
/// `INFRADESIGNER_MEASURE=1 dotnet test -c Release e2e/InfraDesigner.E2E --filter FullyQualifiedName~ProgressStreamingMeasurements --logger "console;verbosity=detailed"`.
/// </summary>
[Trait("Category", "Measure")]
public sealed class ProgressStreamingMeasurements(AppFixture fixture, ITestOutputHelper output) : IClassFixture<AppFixture>
{
    private const int Hosts = 1000;
    private const int Runs = 5;

    [MeasureFact]
    public async Task Frames_while_1000_progress_events_stream_to_the_page()
    {
        var id = await Measuring.ImportAsync(fixture.App, await ClusterOfAsync(Hosts));
        var page = await fixture.OpenAsync($"/topologies/{id}/simulate");
        await Pages.WaitForCircuitAsync(page);
        var lines = new List<string>();
        for (var run = 1; run <= Runs; run++)
        {
            await page.EvaluateAsync(WatchTheRun);
            await page.GetByTestId("run-capacity").ClickAsync();
            await page.WaitForFunctionAsync("() => window.__answerAt > 0", null, new() { Timeout = 60_000, PollingInterval = 50 });
            await Measuring.PaintedAsync(page);
            var figures = await page.EvaluateAsync<double[]>(Figures);
            var events = await page.Locator(".sim-log summary").InnerTextAsync();
            lines.Add($"run {run}: {events} reached the page in {figures[0]:N0} ms at {figures[1]:N0} frames/s (longest frame {figures[2]:N0} ms); " +
                $"the answer (a table of {Hosts:N0} hosts) painted {figures[3]:N0} ms after the click");
        }
        await Pages.ScreenshotAsync(page, "progress-streaming-1000-hosts");
        var report = $"Capacity over {Hosts:N0} hosts (one progress event per host), {Runs} runs on one page:{Environment.NewLine}" +
            string.Join(Environment.NewLine, lines);
        output.WriteLine(report);
        Console.WriteLine(report);
        File.WriteAllText(Path.Combine(Repository.ScreenshotFolder, "progress-streaming-measurements.txt"), report);
    }

    /// <summary>The cluster sample with host2 copied into cluster1 until it has this many hosts (the copies without NICs).</summary>
    private async Task<string> ClusterOfAsync(int hosts)
    {
        var sample = await fixture.CreateFromSampleAsync("cluster-capacity");
        using var http = fixture.App.CreateClient();
        var document = (await http.GetFromJsonAsync<JsonObject>($"/api/topologies/{sample}"))!;
        var elements = document["elements"]!.AsArray();
        var template = elements.Single(e => (string?)e!["name"] == "host2")!;
        var members = elements.Single(e => (string?)e!["name"] == "cluster1")!["hosts"]!.AsArray();
        for (var h = 3; h <= hosts; h++)
        {
            var copy = template.DeepClone();
            copy["name"] = $"host{h}";
            copy["interfaces"] = new JsonArray();
            copy["canvas"]!["x"] = 600 + h % 40 * 180;
            copy["canvas"]!["y"] = 600 + h / 40 * 120;
            elements.Add(copy);
            members.Add($"host{h}");
        }
        document["name"] = $"cluster of {hosts} hosts";
        return document.ToJsonString();
    }

    /// <summary>
    /// Notes every painted frame, the click on Run, and when the new answer enters the page (the streaming ends): after
    /// the click the last run's answer goes first.
    /// </summary>
    private const string WatchTheRun = """
        () => {
            Object.assign(window, { __frameTimes: [], __clickAt: 0, __answerAt: 0, __oldGone: false });
            document.addEventListener('click', () => window.__clickAt = performance.now(), { once: true, capture: true });
            const tick = now => { window.__frameTimes.push(now); if (!window.__answerAt) requestAnimationFrame(tick); };
            requestAnimationFrame(tick);
            new MutationObserver((_, observer) => {
                const answer = document.querySelector('[data-testid=capacity-result]');
                if (!window.__clickAt) return;
                if (!answer) { window.__oldGone = true; return; }
                if (!window.__oldGone) return;
                window.__answerAt = performance.now();
                observer.disconnect();
            }).observe(document.body, { subtree: true, childList: true });
        }
        """;

    /// <summary>Streaming time (click to answer), frames per second and longest frame while streaming, click to now (painted).</summary>
    private const string Figures = """
        () => {
            const { __clickAt: from, __answerAt: to } = window;
            const frames = window.__frameTimes.filter(t => t >= from && t <= to);
            const gaps = frames.slice(1).map((t, i) => t - frames[i]);
            return [to - from, frames.length / ((to - from) / 1000), Math.max(0, ...gaps), performance.now() - from];
        }
        """;
}
