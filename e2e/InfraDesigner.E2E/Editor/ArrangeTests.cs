using InfraDesigner.E2E.Support;
using Microsoft.Playwright;

namespace InfraDesigner.E2E.Editor;

/// <summary>Align and distribute a selection from the toolbar and the keyboard, stored and undoable.</summary>
public sealed class ArrangeTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [BrowserFact]
    public async Task Three_selected_elements_align_and_distribute_from_the_toolbar_and_keep_it_after_a_reload()
    {
        var editor = await EditorPage.OpenNewAsync(fixture, $"Arrange {Guid.NewGuid().ToString("N")[..6]}");
        await editor.DropAsync("vm", 150, 160, "vm-01");
        await editor.DropAsync("vm", 330, 260, "vm-02");
        await editor.DropAsync("vm", 600, 200, "vm-03");
        (await editor.Page.GetByTestId("arrange-tools").CountAsync()).ShouldBe(0);

        await editor.SelectAsync("vm-01");
        foreach (var id in new[] { "vm-02", "vm-03" })
        {
            var box = (await editor.Node(id).BoundingBoxAsync())!;
            await editor.Page.Keyboard.DownAsync("Shift");
            await editor.Page.Mouse.ClickAsync(box.X + box.Width / 2, box.Y + 12);
            await editor.Page.Keyboard.UpAsync("Shift");
        }
        var tools = editor.Page.GetByTestId("arrange-tools");
        await tools.WaitForAsync();
        await Pages.ScreenshotAsync(editor.Page, "editor-arrange-tools");

        await tools.GetByTestId("align-top").ClickAsync();
        // The aligned drawing reaches the browser a render after the click.
        await editor.Page.WaitForFunctionAsync("ids => new Set(ids.map(id => document.querySelector(`.dg-node[data-node-id=\"${id}\"]`).style.top)).size === 1", Ids);
        await editor.SavedAsync();
        var tops = await TopsAsync(editor);

        var before = await LeftsAsync(editor);
        await editor.Page.Keyboard.PressAsync("Alt+Shift+H");
        await editor.Page.WaitForFunctionAsync("left => parseFloat(document.querySelector('.dg-node[data-node-id=\"vm-02\"]').style.left) !== left", before[1]);
        await editor.SavedAsync();
        var lefts = await LeftsAsync(editor);
        var widths = await Task.WhenAll(new[] { "vm-01", "vm-02", "vm-03" }.Select(id => editor.Node(id).EvaluateAsync<double>("n => parseFloat(n.style.width)")));
        (lefts[1] - (lefts[0] + widths[0])).ShouldBe(lefts[2] - (lefts[1] + widths[1]), 0.5);
        lefts.ShouldNotBe(before);

        await editor.Page.GetByTestId("undo").ClickAsync();
        await editor.SavedAsync();
        (await LeftsAsync(editor)).ShouldBe(before);
        await editor.Page.GetByTestId("redo").ClickAsync();
        await editor.SavedAsync();

        await editor.Page.ReloadAsync();
        await editor.WaitReadyAsync();
        (await TopsAsync(editor)).ShouldBe(tops);
        (await LeftsAsync(editor)).ShouldBe(lefts);
    }

    private static readonly string[] Ids = ["vm-01", "vm-02", "vm-03"];

    private static async Task<double[]> TopsAsync(EditorPage editor) =>
        await Task.WhenAll(new[] { "vm-01", "vm-02", "vm-03" }.Select(async id => (await editor.PlaceAsync(id))[1]));

    private static async Task<double[]> LeftsAsync(EditorPage editor) =>
        await Task.WhenAll(new[] { "vm-01", "vm-02", "vm-03" }.Select(async id => (await editor.PlaceAsync(id))[0]));
}
