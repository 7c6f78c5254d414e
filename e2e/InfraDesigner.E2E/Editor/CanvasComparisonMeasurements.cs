using System.Diagnostics;
using System.Text;
using InfraDesigner.E2E.Support;
using InfraDesigner.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace InfraDesigner.E2E.Editor;

/// <summary>
/// The editor's canvas (InfraDesigner.Diagrams, on the real editor page) beside the same topology drawn on
/// Z.Blazor.Diagrams, in one app process and one Chromium, the two measured in turn, round after round; prints
/// the medians as a table (no pass/fail timings). Runs only with INFRADESIGNER_MEASURE=1:
/// `INFRADESIGNER_MEASURE=1 dotnet test e2e/InfraDesigner.E2E --filter FullyQualifiedName~CanvasComparisonMeasurements --logger "console;verbosity=detailed"`.
/// </summary>
[Trait("Category", "Measure")]
public sealed class CanvasComparisonMeasurements(CanvasComparisonAppFixture fixture, ITestOutputHelper output) : IClassFixture<CanvasComparisonAppFixture>
{
    private const int Rounds = 3;
    private const int VmsPerHost = 4;

    /// <summary>One side: where its page is, when it counts as interactive, and how its nodes and surface are found.</summary>
    private sealed record Side(string Name, string PathFormat, string Ready, string Nodes, string Surface)
    {
        public string Node(string id) => $"{Nodes}[data-node-id=\"{id}\"]";
    }

    private static readonly Side Ours = new("InfraDesigner.Diagrams (editor page)", "/topologies/{0}",
        ".dg-canvas[data-dg-ready=true] .dg-world:not([data-zoom='1'])", ".dg-node", ".dg-canvas");

    private static readonly Side Theirs = new("Z.Blazor.Diagrams 3.0.4.1", "/compare/blazor-diagrams/{0}",
        "[data-zbd-ready=true] .diagram-node", ".diagram-node", ".diagram-canvas");

    private readonly Dictionary<(string Figure, Side Side), List<double>> _figures = [];
    private readonly StringBuilder _notes = new();
    private readonly Dictionary<string, int> _pageErrors = [];

    [MeasureFact]
    public async Task Side_by_side_on_500_2000_and_5000_elements()
    {
        int[] sizes = [500, 2000, 5000];
        var ids = new Dictionary<int, Guid>();
        foreach (var size in sizes)
            ids[size] = await Measuring.ImportAsync(fixture.App, LargeTopologyDocument.Create($"compare-{size}", size, vmsPerHost: VmsPerHost));
        // One uncounted open of each side, so neither pays for the cold server.
        foreach (var side in new[] { Ours, Theirs }) await (await OpenAsync(side, ids[500])).Page.Context.CloseAsync();

        for (var round = 1; round <= Rounds; round++)
        {
            foreach (var side in new[] { Ours, Theirs })
            {
                foreach (var size in sizes)
                {
                    var (page, interactive, messages) = await OpenAsync(side, ids[size]);
                    Add($"{size:N0} elements: open to interactive (ms)", side, interactive.TotalMilliseconds);
                    if (size == 2000) await DragFiguresAsync(side, page, messages);
                    if (size == 5000) await PanZoomFiguresAsync(side, page, round);
                    await page.Context.CloseAsync();
                }
                Add("2,000 elements: managed heap per circuit (MB)", side, await HeapPerCircuitAsync(side, ids[2000], circuits: 2));
            }
        }

        var report = Table() + _notes + string.Concat(_pageErrors.Select(e => $"{e.Key} ({e.Value} times)\n"));
        output.WriteLine(report);
        Console.WriteLine(report);
        File.WriteAllText(Path.Combine(Repository.ScreenshotFolder, "canvas-comparison.txt"), report);
    }

    private async Task<(IPage Page, TimeSpan Interactive, CircuitMessages Messages)> OpenAsync(Side side, Guid id)
    {
        var context = await Pages.NewContextAsync(fixture.Browser, fixture.App.BaseUrl);
        var page = await context.NewPageAsync();
        var messages = new CircuitMessages(page);
        page.PageError += (_, error) =>
        {
            var seen = $"{side.Name}: page error: {error.Split('\n')[0]}";
            _pageErrors[seen] = _pageErrors.GetValueOrDefault(seen) + 1;
        };
        var clock = Stopwatch.StartNew();
        await page.GotoAsync(fixture.App.BaseUrl + string.Format(side.PathFormat, id));
        await page.Locator(side.Ready).First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 180_000 });
        await Measuring.PaintedAsync(page);
        return (page, clock.Elapsed, messages);
    }

    // The VM drawn nearest the middle of the canvas: both sides fit the drawing differently, and Blazor.Diagrams'
    // virtualization leaves out nodes outside the view.
    private const string MiddleVm = """
        ([nodes, surface]) => {
          const c = document.querySelector(surface).getBoundingClientRect();
          let best = null, distance = Infinity;
          for (const n of document.querySelectorAll(nodes)) {
            const id = n.getAttribute('data-node-id'), r = n.getBoundingClientRect();
            if (!id || !id.startsWith('vm-') || r.width === 0) continue;
            const d = (r.left + r.width / 2 - c.left - c.width / 2) ** 2 + (r.top + r.height / 2 - c.top - c.height / 2) ** 2;
            if (d < distance) [best, distance] = [id, d];
          }
          return best;
        }
        """;

    /// <summary>Two drags of one VM: the first also selects it; the second is the steady state.</summary>
    private async Task DragFiguresAsync(Side side, IPage page, CircuitMessages messages)
    {
        await Task.Delay(1000);
        var dragged = await page.EvaluateAsync<string?>(MiddleVm, new[] { side.Nodes, side.Surface });
        if (dragged is null)
        {
            _notes.AppendLine($"{side.Name}: no VM drawn on the canvas to drag");
            return;
        }
        var node = page.Locator(side.Node(dragged));
        var start = (await node.BoundingBoxAsync())!;
        var before = messages.Sent;
        var firstFps = await Measuring.MeasureFramesAsync(page, () => Measuring.DragAsync(page, start.X + start.Width / 2, start.Y + start.Height / 2, 4, 2));
        await Task.Delay(1500);
        var first = messages.Sent - before;
        var landed = (await node.BoundingBoxAsync())!;
        before = messages.Sent;
        var fps = await Measuring.MeasureFramesAsync(page, () => Measuring.DragAsync(page, landed.X + landed.Width / 2, landed.Y + landed.Height / 2, -4, -2));
        await Task.Delay(1500);
        var next = messages.Sent - before;
        var ended = (await node.BoundingBoxAsync())!;
        Add("2,000 elements: drag (frames/s)", side, fps);
        Add("2,000 elements: first drag (frames/s)", side, firstFps);
        Add("2,000 elements: circuit messages per drag", side, next);
        Add("2,000 elements: circuit messages, first drag (selects)", side, first);
        _notes.AppendLine($"{side.Name}: the dragged node went {landed.X - start.X:N0},{landed.Y - start.Y:N0} px and came back to {ended.X - start.X:N0},{ended.Y - start.Y:N0} px; next drag sent {messages.KindsSince(before)}");
    }

    private async Task PanZoomFiguresAsync(Side side, IPage page, int round)
    {
        var surface = (await page.Locator(side.Surface).First.BoundingBoxAsync())!;
        Add("5,000 elements: pan (frames/s)", side, await Measuring.MeasureFramesAsync(page, () => Measuring.PanAsync(page, surface)));
        Add("5,000 elements: wheel zoom (frames/s)", side, await Measuring.MeasureFramesAsync(page, () => Measuring.WheelZoomAsync(page, surface)));
        if (round == 1) await Pages.ScreenshotAsync(page, side == Ours ? "compare-5000-ours" : "compare-5000-blazor-diagrams");
    }

    /// <summary>The live managed heap (after a full collection) that each open page of this side adds to the server.</summary>
    private async Task<double> HeapPerCircuitAsync(Side side, Guid id, int circuits)
    {
        var before = await Measuring.MemoryAsync(fixture.App);
        var pages = new List<IPage>();
        for (var i = 0; i < circuits; i++) pages.Add((await OpenAsync(side, id)).Page);
        await Task.Delay(2000);
        var after = await Measuring.MemoryAsync(fixture.App);
        foreach (var page in pages) await page.Context.CloseAsync();
        return (after.ManagedHeapMegabytes - before.ManagedHeapMegabytes) / Math.Max(1, after.OpenCircuits - before.OpenCircuits);
    }

    private void Add(string figure, Side side, double value)
    {
        if (!_figures.TryGetValue((figure, side), out var values)) _figures[(figure, side)] = values = [];
        values.Add(value);
    }

    private string Table()
    {
        var table = new StringBuilder($"| figure (median of {Rounds}, interleaved) | {Ours.Name} | {Theirs.Name} | editor's target |\n|---|---|---|---|\n");
        foreach (var figure in _figures.Keys.Select(k => k.Figure).Distinct())
            table.AppendLine($"| {figure} | {Cell(figure, Ours)} | {Cell(figure, Theirs)} | {Targets.GetValueOrDefault(figure, "")} |");
        return table.ToString();
    }

    private string Cell(string figure, Side side)
    {
        if (!_figures.TryGetValue((figure, side), out var values)) return "";
        var sorted = values.Order().ToList();
        return $"{sorted[sorted.Count / 2]:N0} ({string.Join(", ", values.Select(v => v.ToString("N0")))})";
    }

    private static readonly Dictionary<string, string> Targets = new()
    {
        ["2,000 elements: open to interactive (ms)"] = "under 2,000",
        ["2,000 elements: drag (frames/s)"] = "50 or more",
        ["2,000 elements: circuit messages per drag"] = "at most 3",
        ["5,000 elements: pan (frames/s)"] = "30 or more",
    };
}
