using System.Net.Http.Json;
using System.Text.Json;
using InfraDesigner.E2E.Editor;
using InfraDesigner.E2E.Support;
using InfraDesigner.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace InfraDesigner.E2E.Classrooms;

/// <summary>
/// A classroom of 40 trainees (a browser context each) and the trainer, printed as figures (not pass/fail timings):
/// how long after a trainee's edit their check result shows on the trainer's board (p95, with all 40 editing at once),
/// the server's live managed heap per trainee circuit, and the errors the pages and the server reported. Runs only with
/// INFRADESIGNER_MEASURE=1: `INFRADESIGNER_MEASURE=1 dotnet test e2e/InfraDesigner.E2E --filter FullyQualifiedName~ClassroomMeasurements --logger "console;verbosity=detailed"`.
/// </summary>
[Trait("Category", "Measure")]
public sealed class ClassroomMeasurements(AppFixture fixture, ITestOutputHelper output) : IClassFixture<AppFixture>
{
    private const int Trainees = 40;
    private const string Lesson = "open-the-sap-gateway";
    private readonly List<string> _errors = [];

    [MeasureFact]
    public async Task Forty_trainees_edit_at_once_and_the_board_follows()
    {
        var (id, code) = await OpenClassroomAsync();
        var board = await OpenBoardAsync(id);
        var before = await Measuring.MemoryAsync(fixture.App);

        var trainees = new List<(string Name, IPage Page)>();
        for (var i = 1; i <= Trainees; i++) trainees.Add(($"trainee-{i:00}", await JoinAsync(code, $"trainee-{i:00}")));
        await Assertions.Expect(board.GetByTestId("classroom-trainee")).ToHaveCountAsync(Trainees, new() { Timeout = 60_000 });
        var seated = await Measuring.MemoryAsync(fixture.App);
        var heapPerTrainee = (seated.ManagedHeapMegabytes - before.ManagedHeapMegabytes) / Trainees;

        // Each trainee traces the failing check so the fix is one click away; then all 40 click it at once.
        foreach (var (_, page) in trainees)
        {
            await page.Locator("[data-testid=lesson-check][data-check=app-a-reaches-sap] .intent-text").ClickAsync();
            await page.GetByTestId("apply-fix").First.WaitForAsync();
        }
        await board.EvaluateAsync(WatchRowsScript, "true");
        var clicked = await Task.WhenAll(trainees.Select(async trainee =>
        {
            var at = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            await trainee.Page.GetByTestId("apply-fix").First.ClickAsync();
            return (trainee.Name, At: (double)at);
        }));
        await Assertions.Expect(board.Locator("[data-testid=classroom-trainee][data-passed=true]")).ToHaveCountAsync(Trainees, new() { Timeout = 60_000 });
        var shown = await board.EvaluateAsync<Dictionary<string, double>>("() => window.__passedAt");
        var delays = clicked.Select(c => shown[c.Name] - c.At).ToArray();
        var stored = await StoredAtAsync(id);
        var toStore = clicked.Select(c => stored[c.Name] - c.At).ToArray();
        var storeToBoard = clicked.Select(c => shown[c.Name] - stored[c.Name]).ToArray();

        // Then one at a time, as a class really edits: each trainee undoes their fix, and the board shows them failing again.
        await board.EvaluateAsync(WatchRowsScript, "false");
        var oneByOne = new List<double>();
        foreach (var (name, page) in trainees)
        {
            var at = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            await page.GetByTestId("undo").ClickAsync();
            await Assertions.Expect(Row(board, name)).ToHaveAttributeAsync("data-passed", "false");
            oneByOne.Add((await board.EvaluateAsync<Dictionary<string, double>>("() => window.__passedAt"))[name] - at);
        }

        output.WriteLine($"{Trainees} trainees + the trainer, all {Trainees} applying their fix at once:");
        output.WriteLine($"  edit → the trainer's board: {Spread(delays)}");
        output.WriteLine($"    of which click → stored on the server: {Spread(toStore)}; stored → shown on the board: {Spread(storeToBoard)}");
        output.WriteLine($"  one trainee at a time (each undoes the fix): edit → the trainer's board: {Spread(oneByOne)}");
        output.WriteLine($"  live managed heap per trainee circuit (editor + Lesson tab open, after a full collection): {heapPerTrainee:N2} MB " +
                         $"({before.ManagedHeapMegabytes:N1} MB with the board alone, {seated.ManagedHeapMegabytes:N1} MB with {seated.OpenCircuits} circuits)");
        output.WriteLine($"  errors in the pages: {_errors.Count}{(_errors.Count > 0 ? ": " + string.Join(" | ", _errors.Distinct().Take(5)) : "")}");
        var serverErrors = fixture.App.Output.Split('\n').Count(line => line.Contains("fail:", StringComparison.Ordinal));
        output.WriteLine($"  errors in the server's log: {serverErrors}");
    }

    private static string Spread(IReadOnlyList<double> values) =>
        $"median {Measuring.Percentile(values, 0.5):N0} ms, p95 {Measuring.Percentile(values, 0.95):N0} ms, max {values.Max():N0} ms";

    private static ILocator Row(IPage board, string name) => board.Locator($"[data-testid=classroom-trainee][data-name=\"{name}\"]");

    /// <summary>When each trainee's latest edit was stored (the change log's time, epoch milliseconds), by name.</summary>
    private async Task<Dictionary<string, double>> StoredAtAsync(Guid classroomId)
    {
        using var admin = fixture.App.CreateClient();
        var board = await admin.GetFromJsonAsync<JsonElement>($"/api/classrooms/{classroomId}");
        var stored = new Dictionary<string, double>();
        foreach (var trainee in board.GetProperty("trainees").EnumerateArray())
        {
            var log = await admin.GetFromJsonAsync<JsonElement>($"/api/topologies/{trainee.GetProperty("topologyId").GetGuid()}/audit");
            stored[trainee.GetProperty("name").GetString()!] = log.GetProperty("entries")[0].GetProperty("at").GetDateTimeOffset().ToUnixTimeMilliseconds();
        }
        return stored;
    }

    // Notes, in the board page, when each trainee's row first shows them passing (or failing) (epoch milliseconds, as the test's clock).
    private const string WatchRowsScript = """
        passed => {
            window.__passedAt = {};
            window.__watch?.disconnect();
            const note = () => document.querySelectorAll(`[data-testid=classroom-trainee][data-passed=${passed}]`).forEach(row => {
                window.__passedAt[row.dataset.name] ??= performance.timeOrigin + performance.now();
            });
            window.__watch = new MutationObserver(note);
            window.__watch.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-passed'] });
        }
        """;

    private async Task<(Guid Id, string Code)> OpenClassroomAsync()
    {
        using var admin = fixture.App.CreateClient();
        var opened = await admin.PostAsJsonAsync("/api/classrooms", new { lessonId = Lesson, language = "en" });
        opened.EnsureSuccessStatusCode();
        var classroom = await opened.Content.ReadFromJsonAsync<JsonElement>();
        return (classroom.GetProperty("id").GetGuid(), classroom.GetProperty("code").GetString()!);
    }

    private async Task<IPage> OpenBoardAsync(Guid id)
    {
        var board = Watched(await fixture.OpenAsync($"/classrooms/{id}"));
        await Pages.WaitForCircuitAsync(board);
        await board.GetByTestId("classroom-code").WaitForAsync();
        return board;
    }

    private async Task<IPage> JoinAsync(string code, string name)
    {
        var page = Watched(await (await fixture.Browser.NewContextAsync()).NewPageAsync());
        await page.GotoAsync($"{fixture.App.BaseUrl}/join/{code}");
        await page.GetByTestId("join-name").FillAsync(name);
        await page.GetByTestId("join-submit").ClickAsync();
        await new EditorPage(page).WaitReadyAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Lesson", Exact = true }).ClickAsync();
        await page.GetByTestId("lesson-seat").WaitForAsync();
        return page;
    }

    private IPage Watched(IPage page)
    {
        page.PageError += (_, error) => { lock (_errors) _errors.Add(error); };
        page.Console += (_, message) => { if (message.Type == "error") lock (_errors) _errors.Add(message.Text); };
        return page;
    }
}
