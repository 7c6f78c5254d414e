using System.Diagnostics;
using System.Text;
using InfraDesigner.E2E.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;
using InfraDesigner.Testing;

namespace InfraDesigner.E2E.Editor;

/// <summary>
/// The editor's speed on large topologies, printed as figures (not pass/fail timings). Runs only with
/// INFRADESIGNER_MEASURE=1: `INFRADESIGNER_MEASURE=1 dotnet test e2e/InfraDesigner.E2E --filter Category=Measure --logger "console;verbosity=detailed"`.
/// </summary>
[Trait("Category", "Measure")]
public sealed class EditorMeasurements(AppFixture fixture, ITestOutputHelper output) : IClassFixture<AppFixture>
{

    [MeasureFact]
    public async Task Figures_for_2000_and_5000_elements()
    {
        var report = new StringBuilder();
        var id2000 = await ImportAsync(LargeTopologyDocument.Create("measure-2000", 2000));
        var id5000 = await ImportAsync(LargeTopologyDocument.Create("measure-5000", 5000));

        report.AppendLine(await MemoryPerCircuitAsync(id2000, circuits: 5));
        report.AppendLine(await EditPropagationAsync(drops: 5));
        for (var run = 1; run <= 4; run++)
        {
            var (page, interactive) = await OpenAsync(id2000);
            report.AppendLine($"2,000 elements, open #{run}{(run == 1 ? " (cold server)" : "")}: interactive after {interactive.TotalMilliseconds:N0} ms ({await PhasesAsync(page)})");
            await page.Context.CloseAsync();
        }

        // Frames are counted from a reload, so the handler sees the circuit's socket open.
        var (dragPage, _) = await OpenAsync(id2000);
        var messages = new CircuitMessages(dragPage);
        await dragPage.ReloadAsync();
        await WaitInteractiveAsync(dragPage);
        await Task.Delay(1000);
        var startupMessages = messages.Sent;
        var node = dragPage.Locator(".dg-node[data-node-id=\"vm-700\"]");
        await node.ScrollIntoViewIfNeededAsync();
        var box = (await node.BoundingBoxAsync())!;
        var (x, y) = (box.X + box.Width / 2, box.Y + box.Height / 2);
        async Task DragAsync(float dx)
        {
            await Measuring.DragAsync(dragPage, x, y, dx, 2);
            (x, y) = (x + 60 * dx, y + 120);
        }
        var beforeFirst = messages.Sent;
        var fps = await MeasureFramesAsync(dragPage, () => DragAsync(4));
        await Task.Delay(1500);
        var firstDrag = messages.Sent - beforeFirst;
        var firstKinds = messages.KindsSince(beforeFirst);
        // Grab again where the dragged node is drawn now (whatever node is on top there).
        var landed = (await node.BoundingBoxAsync())!;
        (x, y) = (landed.X + landed.Width / 2, landed.Y + landed.Height / 2);
        var grabbed = await dragPage.EvaluateAsync<string?>("p => document.elementFromPoint(p.x, p.y)?.closest('[data-node-id]')?.dataset.nodeId ?? null", new { x = (double)x, y = (double)y });
        var beforeSecond = messages.Sent;
        var secondFps = await MeasureFramesAsync(dragPage, () => DragAsync(-4));
        await Task.Delay(1500);
        var moved = (await node.BoundingBoxAsync())!;
        var secondKinds = messages.KindsSince(beforeSecond);
        report.AppendLine($"2,000 elements: drag {fps:N0} / {secondFps:N0} frames/s; circuit messages sent: {firstDrag} for the first drag (selects the node; the session's first edit), " +
            $"{messages.Sent - beforeSecond} for the next; first drag sent {firstKinds}, the next (grabbing {grabbed}) {secondKinds} " +
            $"(the node went {landed.X - box.X:N0},{landed.Y - box.Y:N0} px, then ended {moved.X - box.X:N0},{moved.Y - box.Y:N0} px from its start; {startupMessages} messages while opening)");

        var (big, bigInteractive) = await OpenAsync(id5000);
        report.AppendLine($"5,000 elements: open to interactive {bigInteractive.TotalMilliseconds:N0} ms");
        var canvas = (await big.Locator(".dg-canvas").BoundingBoxAsync())!;
        var panFps = await MeasureFramesAsync(big, () => Measuring.PanAsync(big, canvas));
        var zoomFps = await MeasureFramesAsync(big, () => Measuring.WheelZoomAsync(big, canvas));
        report.AppendLine($"5,000 elements: pan {panFps:N0} frames/s, wheel zoom {zoomFps:N0} frames/s");
        await Pages.ScreenshotAsync(big, "editor-5000");
        output.WriteLine(report.ToString());
        Console.WriteLine(report.ToString());
        File.WriteAllText(Path.Combine(Repository.ScreenshotFolder, "editor-measurements.txt"), report.ToString());
    }

    /// <summary>
    /// What each editor open on the topology adds to the server: the live managed heap after a full
    /// collection (the app's diagnostics endpoint) and the resident memory, divided by the circuits opened.
    /// </summary>
    private async Task<string> MemoryPerCircuitAsync(Guid id, int circuits)
    {
        var before = await MemoryAsync();
        var rssBefore = ServerMemoryMegabytes();
        var pages = new List<IPage>();
        for (var i = 0; i < circuits; i++) pages.Add((await OpenAsync(id)).Page);
        await Task.Delay(2000);
        var after = await MemoryAsync();
        var rssAfter = ServerMemoryMegabytes();
        var opened = after.OpenCircuits - before.OpenCircuits;
        foreach (var page in pages) await page.Context.CloseAsync();
        return $"server memory per open editor on 2,000 elements: {(after.ManagedHeapMegabytes - before.ManagedHeapMegabytes) / opened:N1} MB live managed heap " +
            $"({before.ManagedHeapMegabytes:N0} MB with {before.OpenCircuits} circuits, {after.ManagedHeapMegabytes:N0} MB with {after.OpenCircuits}); " +
            $"{(rssAfter - rssBefore) / opened:N1} MB resident ({rssBefore:N0} → {rssAfter:N0} MB)";
    }

    /// <summary>
    /// From the drop of a palette item in one browser to the element appearing in a second browser on the
    /// same topology: the edit, its save, the broadcast and the other circuit's render, timed by both pages' clocks.
    /// </summary>
    private async Task<string> EditPropagationAsync(int drops)
    {
        var first = await EditorPage.OpenNewAsync(fixture, $"Propagation {Guid.NewGuid():N}"[..20]);
        var second = await EditorPage.OpenAsync(fixture, first.TopologyUrl);
        const string recorder = """
            id => new Promise(resolve => {
                const seen = () => document.querySelector(`.dg-node[data-node-id="${id}"]`);
                if (seen()) return resolve(performance.timeOrigin + performance.now());
                new MutationObserver((_, observer) => { if (seen()) { observer.disconnect(); resolve(performance.timeOrigin + performance.now()); } })
                    .observe(document, { subtree: true, childList: true });
            })
            """;
        var delays = new List<double>();
        for (var i = 1; i <= drops; i++)
        {
            var id = $"sw-{i:00}";
            var inSecond = second.Page.EvaluateAsync<double>(recorder, id);
            var inFirst = first.Page.EvaluateAsync<double>(
                "() => new Promise(resolve => document.addEventListener('drop', () => resolve(performance.timeOrigin + performance.now()), { once: true, capture: true }))");
            await first.DropAsync("switch", 120 * i, 200, id);
            delays.Add(await inSecond - await inFirst);
        }
        await first.Page.Context.CloseAsync();
        await second.Page.Context.CloseAsync();
        delays.Sort();
        return $"an edit in one browser drawn in a second one after {delays[delays.Count / 2]:N0} ms (median of {drops} drops; {delays[0]:N0}–{delays[^1]:N0} ms)";
    }

    private async Task<(IPage Page, TimeSpan Interactive)> OpenAsync(Guid id)
    {
        var context = await Pages.NewContextAsync(fixture.Browser, fixture.App.BaseUrl);
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync(PhaseRecorder);
        var clock = Stopwatch.StartNew();
        await page.GotoAsync($"{fixture.App.BaseUrl}/topologies/{id}");
        await WaitInteractiveAsync(page);
        return (page, clock.Elapsed);
    }

    /// <summary>Records when the page's document, circuit socket, first node and ready canvas arrive.</summary>
    private const string PhaseRecorder = """
        window.__phases = {};
        const mark = name => { if (!(name in window.__phases)) window.__phases[name] = Math.round(performance.now()); };
        const NativeSocket = window.WebSocket;
        window.WebSocket = class extends NativeSocket {
            constructor(...args) { mark('socket'); super(...args); this.addEventListener('open', () => mark('socket open')); }
        };
        document.addEventListener('DOMContentLoaded', () => mark('document'));
        new MutationObserver(() => {
            if (document.querySelector('.dg-canvas')) mark('canvas');
            if (document.querySelector('.dg-node')) mark('first node');
            if (document.querySelector('.dg-canvas[data-dg-ready=true]')) mark('ready');
            const world = document.querySelector('.dg-world');
            if (world && world.dataset.zoom !== '1') { mark('fitted'); requestAnimationFrame(() => mark('painted')); }
        }).observe(document, { subtree: true, childList: true, attributes: true });
        """;

    private static async Task<string> PhasesAsync(IPage page)
    {
        var phases = await page.EvaluateAsync<Dictionary<string, double>>("() => window.__phases");
        var nodes = await page.Locator(".dg-node").CountAsync();
        return string.Join(", ", phases.OrderBy(p => p.Value).Select(p => $"{p.Key} {p.Value:N0}")) + $"; {nodes:N0} nodes drawn";
    }

    /// <summary>Interactive: the canvas listens, and the whole drawing, fitted to the window, has been painted.</summary>
    private static async Task WaitInteractiveAsync(IPage page)
    {
        await page.Locator(".dg-canvas[data-dg-ready=true]").WaitForAsync(new() { Timeout = 60_000 });
        await page.WaitForFunctionAsync("() => window.__phases && window.__phases.painted", null, new() { Timeout = 60_000 });
    }

    private Task<Guid> ImportAsync(string document) => Measuring.ImportAsync(fixture.App, document);

    private Task<Measuring.MemoryReport> MemoryAsync() => Measuring.MemoryAsync(fixture.App);

    private static Task<double> MeasureFramesAsync(IPage page, Func<Task> action) => Measuring.MeasureFramesAsync(page, action);

    private double ServerMemoryMegabytes() => Measuring.ServerMemoryMegabytes(fixture.App);
}
