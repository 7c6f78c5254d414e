using System.Net.Http.Json;
using System.Text.Json;
using InfraDesigner.E2E.Support;

namespace InfraDesigner.E2E.Editor;

/// <summary>Every built-in sample as a new user first sees it: no label cut off or printed over another, no box drawn over a sibling.</summary>
public sealed class SampleDrawingTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    /// <summary>Node names, facts and frame titles whose text is wider than the room the box gives it.</summary>
    private const string CutLabels = """
        () => [...document.querySelectorAll('.dg-node .el-node-name, .dg-node .el-node-fact, .dg-node .el-frame-name, .dg-node .zone-frame-name')]
            .filter(e => e.offsetParent !== null && e.scrollWidth > e.clientWidth + 1)
            .map(e => e.closest('.dg-node').dataset.nodeId + ': ' + e.textContent.trim())
        """;

    /// <summary>Element boxes that the VLAN legend or the minimap is drawn over.</summary>
    private const string CoveredNodes = """
        () => {
            const overlaps = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
            const overlays = [...document.querySelectorAll('.vlan-legend, .dg-minimap')].filter(e => e.offsetParent !== null || e.getClientRects().length);
            return [...document.querySelectorAll('.dg-node .el-node')].flatMap(n => overlays
                .filter(o => overlaps(n.getBoundingClientRect(), o.getBoundingClientRect()))
                .map(o => n.closest('.dg-node').dataset.nodeId + ' under ' + o.classList[0]));
        }
        """;

    /// <summary>Cable labels drawn over another cable label or over an element box.</summary>
    private const string CoveringLinkLabels = """
        () => {
            const overlaps = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
            const labels = [...document.querySelectorAll('.dg-link-label')].map(l => ({ text: l.textContent, box: l.getBoundingClientRect() }));
            const boxes = [...document.querySelectorAll('.dg-node .el-node')].map(n => ({ id: n.closest('.dg-node').dataset.nodeId, box: n.getBoundingClientRect() }));
            return labels.flatMap((a, i) => [
                ...labels.slice(i + 1).filter(b => overlaps(a.box, b.box)).map(b => `label ${a.text} over label ${b.text}`),
                ...boxes.filter(b => overlaps(a.box, b.box)).map(b => `label ${a.text} over ${b.id}`)]);
        }
        """;

    /// <summary>Number inputs of the properties panel too narrow to show 4 digits beside their spinner.</summary>
    private const string NarrowNumberInputs = """
        () => [...document.querySelectorAll('.editor-properties input[type=number]')].filter(e => e.offsetParent !== null).filter(e => {
            const style = getComputedStyle(e), text = document.createElement('canvas').getContext('2d');
            text.font = style.font;
            const spinner = 16;
            return text.measureText('4094').width > e.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - spinner;
        }).map(e => e.getAttribute('aria-label'))
        """;

    [BrowserFact]
    public async Task No_sample_has_a_cut_off_label_or_overlapping_sibling_boxes_at_two_screen_sizes()
    {
        using var http = fixture.App.CreateClient();
        var samples = (await http.GetFromJsonAsync<JsonElement>($"{fixture.App.BaseUrl}/api/samples"))
            .EnumerateArray().Select(s => s.GetProperty("name").GetString()!).ToList();
        samples.Count.ShouldBe(7);
        var problems = new List<string>();
        foreach (var sample in samples)
        {
            var editor = await EditorPage.OpenAsync(fixture, $"/topologies/{await fixture.CreateFromSampleAsync(sample)}");
            foreach (var (width, height) in new[] { (1440, 900), (1280, 720) })
            {
                await editor.Page.SetViewportSizeAsync(width, height);
                // The small screen with the Ask tab open, as someone asking a question sees it.
                if (width == 1280) await editor.Page.GetByRole(Microsoft.Playwright.AriaRole.Tab, new() { Name = "Ask" }).ClickAsync();
                // The canvas learns its new size a moment after the window or the inspector changes, and then refits.
                await editor.Page.GetByTestId("zoom-to-fit").ClickAsync();
                await editor.WaitForDrawingInViewAsync();
                await editor.Page.GetByTestId("zoom-to-fit").ClickAsync();
                await editor.WaitForDrawingInViewAsync();
                await Pages.ScreenshotAsync(editor.Page, $"sample-{sample}-{width}x{height}");
                problems.AddRange((await editor.Page.EvaluateAsync<string[]>(CutLabels)).Select(p => $"{sample}: cut off {p}"));
                problems.AddRange((await editor.Page.EvaluateAsync<string[]>(CoveredNodes)).Select(p => $"{sample} at {width}x{height}: {p}"));
                problems.AddRange((await editor.Page.EvaluateAsync<string[]>(CoveringLinkLabels)).Select(p => $"{sample} at {width}x{height}: {p}"));
            }
            problems.AddRange(DrawnBox.NestingProblems(await DrawnBox.OnAsync(editor.Page)).Select(p => $"{sample}: {p}"));
            await editor.Page.Context.CloseAsync();
        }
        problems.ShouldBeEmpty();
    }

    [BrowserFact]
    public async Task The_VLAN_id_and_port_inputs_show_four_digits()
    {
        var editor = await EditorPage.OpenAsync(fixture, $"/topologies/{await fixture.CreateFromSampleAsync("zones-firewall")}");
        var narrow = (await editor.Page.EvaluateAsync<string[]>(NarrowNumberInputs)).Select(i => $"topology: {i}").ToList();
        await editor.SelectAsync("app-a");
        narrow.AddRange((await editor.Page.EvaluateAsync<string[]>(NarrowNumberInputs)).Select(i => $"app-a: {i}"));
        narrow.ShouldBeEmpty();
    }
}
