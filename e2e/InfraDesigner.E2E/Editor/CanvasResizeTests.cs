using InfraDesigner.E2E.Support;
using Microsoft.Playwright;

namespace InfraDesigner.E2E.Editor;

/// <summary>The canvas follows its container's size: the window, the inspector widening for Ask and Simulate.</summary>
public sealed class CanvasResizeTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..6]}";

    private static async Task<EditorPage> TwoElementsFittedAsync(AppFixture fixture, string name)
    {
        var editor = await EditorPage.OpenNewAsync(fixture, Unique(name));
        await editor.DropAsync("switch", 200, 200, "sw-01");
        await editor.DropAsync("vm", 700, 450, "vm-01");
        await editor.Page.GetByRole(AriaRole.Button, new() { Name = "Zoom to fit (0)" }).ClickAsync();
        return editor;
    }

    [BrowserFact]
    public async Task The_canvas_keeps_the_drawing_in_view_when_the_window_narrows()
    {
        var editor = await TwoElementsFittedAsync(fixture, "Resize");
        var size = editor.Page.ViewportSize!;

        await editor.Page.SetViewportSizeAsync(size.Width - 350, size.Height);

        await editor.WaitForDrawingInViewAsync();
        await Pages.ScreenshotAsync(editor.Page, "editor-narrowed");
    }

    [BrowserFact]
    public async Task A_canvas_narrowing_over_many_frames_tells_the_server_once_and_keeps_the_drawing_in_view()
    {
        var editor = await TwoElementsFittedAsync(fixture, "Inspector");
        var sent = new List<string>();
        // Frames are read from a reload, so the handler sees the circuit's socket open.
        editor.Page.WebSocket += (_, socket) => socket.FrameSent += (_, frame) =>
        {
            lock (sent) sent.Add(frame.Text ?? System.Text.Encoding.UTF8.GetString(frame.Binary ?? []));
        };
        await editor.Page.ReloadAsync();
        await editor.WaitReadyAsync();
        await editor.WaitForDrawingInViewAsync();
        await Task.Delay(1000);
        int before;
        lock (sent) before = sent.Count;

        // The inspector widening by 200 px over twenty animation frames, as a transition would.
        await editor.Page.EvaluateAsync(
            """
            async () => {
              const editor = document.querySelector('.editor');
              for (let step = 1; step <= 20; step++) {
                editor.style.setProperty('--properties-width', `${320 + step * 10}px`);
                await new Promise(requestAnimationFrame);
              }
            }
            """);
        await editor.WaitForDrawingInViewAsync();
        await Task.Delay(1000);

        // One size message from the canvas; MudTabs sends its own frames as its tab bar widens (OnSizeChanged and the measuring of each tab).
        string[] since;
        lock (sent) since = sent.Skip(before).ToArray();
        since.Count(frame => frame.Contains("\"kind\":\"size\"")).ShouldBe(1, string.Join("\n", since));
        await Pages.ScreenshotAsync(editor.Page, "editor-inspector-widened");
    }
}
