using InfraDesigner.E2E.Support;

namespace InfraDesigner.E2E.Editor;

/// <summary>Frames (clusters, hosts, zones) resized by their handle, as in draw.io, and kept after a reload.</summary>
public sealed class FrameResizeTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [BrowserFact]
    public async Task A_cluster_dragged_larger_by_its_handle_is_undoable_and_keeps_its_size_after_a_reload()
    {
        var editor = await EditorPage.OpenNewAsync(fixture, $"Frame resize {Guid.NewGuid().ToString("N")[..6]}");
        await editor.DropAsync("cluster", 300, 260, "cluster-01");
        await editor.DropOntoAsync("host", "cluster-01", "host-01");
        await editor.SelectAsync("cluster-01");
        var before = await SizeAsync(editor, "cluster-01");

        var handle = (await editor.Node("cluster-01").Locator(".dg-resize").First.BoundingBoxAsync())!;
        var (x, y) = (handle.X + handle.Width / 2, handle.Y + handle.Height / 2);
        await editor.Page.Mouse.MoveAsync(x, y);
        await editor.Page.Mouse.DownAsync();
        await editor.Page.Mouse.MoveAsync(x + 160, y + 120, new() { Steps = 8 });
        await editor.Page.Mouse.UpAsync();
        await editor.SavedAsync();
        var resized = await SizeAsync(editor, "cluster-01");
        await Pages.ScreenshotAsync(editor.Page, "frame-resized");
        resized[0].ShouldBeGreaterThan(before[0] + 100);
        resized[1].ShouldBeGreaterThan(before[1] + 80);

        await editor.Page.GetByTestId("undo").ClickAsync();
        await editor.SavedAsync();
        (await SizeAsync(editor, "cluster-01")).ShouldBe(before);
        await editor.Page.GetByTestId("redo").ClickAsync();
        await editor.SavedAsync();

        await editor.Page.ReloadAsync();
        await editor.WaitReadyAsync();
        (await SizeAsync(editor, "cluster-01")).ShouldBe(resized);
    }

    private static Task<double[]> SizeAsync(EditorPage editor, string id) =>
        editor.Node(id).EvaluateAsync<double[]>("n => [parseFloat(n.style.width), parseFloat(n.style.height)]");
}
