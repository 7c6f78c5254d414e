using InfraDesigner.E2E.Support;
using Microsoft.Playwright;

namespace InfraDesigner.E2E.Editor;

/// <summary>The topology editor as a user drives it: palette drags, cables drawn between ports, property fields.</summary>
public sealed class EditorPage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Canvas => Page.Locator(".dg-canvas");

    public ILocator Node(string id) => Page.Locator($".dg-node[data-node-id=\"{id}\"]");

    /// <summary>Creates an empty topology on the home page, which opens it in the editor.</summary>
    public static async Task<EditorPage> OpenNewAsync(AppFixture fixture, string name)
    {
        var page = await fixture.OpenAsync();
        await Pages.CreateTopologyAsync(page, name);
        var editor = new EditorPage(page);
        await editor.WaitReadyAsync();
        return editor;
    }

    public static Task<EditorPage> OpenAsync(AppFixture fixture, string url) => OpenAsync(fixture.Browser, fixture.App.BaseUrl + url);

    public static async Task<EditorPage> OpenAsync(IBrowser browser, string absoluteUrl)
    {
        var editor = new EditorPage(await Pages.OpenAsync(browser, absoluteUrl));
        await editor.WaitReadyAsync();
        return editor;
    }

    private const string AllNodesInCanvas =
        """
        () => {
          const canvas = document.querySelector('.dg-canvas').getBoundingClientRect();
          return [...document.querySelectorAll('.dg-node')].every(n => {
            const r = n.getBoundingClientRect();
            return r.left >= canvas.left && r.right <= canvas.right && r.top >= canvas.top && r.bottom <= canvas.bottom;
          });
        }
        """;

    /// <summary>Waits until every node is drawn inside the canvas, e.g. once the canvas has refitted after a resize.</summary>
    public Task WaitForDrawingInViewAsync() => Page.WaitForFunctionAsync(AllNodesInCanvas, null, new() { Timeout = 15_000 });

    public async Task WaitReadyAsync()
    {
        await Page.Locator(".dg-canvas[data-dg-ready=true]").WaitForAsync(new() { Timeout = 15_000 });
        await Page.GetByTestId("save-status").WaitForAsync();
    }

    public string TopologyUrl => new Uri(Page.Url).PathAndQuery;

    /// <summary>Drags a palette item onto the canvas at a point given in canvas pixels (HTML5 drag and drop).</summary>
    public async Task DropAsync(string paletteId, double x, double y, string expectedId)
    {
        await Page.Locator($"[data-palette=\"{paletteId}\"]").DragToAsync(Canvas, new() { TargetPosition = new() { X = (float)x, Y = (float)y } });
        await Node(expectedId).WaitForAsync(new() { Timeout = 15_000 });
        await SavedAsync();
        // The drop selects what it made: wait for its panel, so fields typed next are its own and not the previous selection's.
        await Page.Locator(".editor-properties .props-title")
            .GetByText(expectedId.StartsWith("zone:", StringComparison.Ordinal) ? $"Zone {expectedId[5..]}" : expectedId, new() { Exact = true })
            .WaitForAsync(new() { Timeout = 15_000 });
    }

    /// <summary>Drags a palette item onto the middle of an element or zone drawn on the canvas (a frame to drop into).</summary>
    public async Task DropOntoAsync(string paletteId, string targetId, string expectedId)
    {
        var canvas = (await Canvas.BoundingBoxAsync())!;
        var target = (await Node(targetId).BoundingBoxAsync())!;
        await DropAsync(paletteId, target.X - canvas.X + target.Width / 2, target.Y - canvas.Y + target.Height / 2, expectedId);
    }

    /// <summary>Clicks "Re-layout all" and waits until the drawing moved and the layout is saved.</summary>
    public async Task ReLayoutAllAsync()
    {
        const string drawing = "[...document.querySelectorAll('.dg-node')].map(n => n.getAttribute('style')).join('|')";
        var before = await Page.EvaluateAsync<string>($"() => {drawing}");
        await Page.GetByTestId("layout-all").ClickAsync();
        await Page.WaitForFunctionAsync($"before => ({drawing}) !== before", before, new() { Timeout = 15_000 });
        await SavedAsync();
    }

    /// <summary>Draws a cable with the mouse from an element's new-interface port to another element; waits for it unless it is expected to be refused.</summary>
    public async Task CableAsync(string from, string to, bool expectLink = true)
    {
        var before = await Page.Locator(".dg-link").CountAsync();
        var port = Node(from).Locator("[data-port-id=\"+\"]");
        var source = (await port.BoundingBoxAsync())!;
        var target = (await Node(to).BoundingBoxAsync())!;
        await Page.Mouse.MoveAsync(source.X + source.Width / 2, source.Y + source.Height / 2);
        await Page.Mouse.DownAsync();
        await Page.Mouse.MoveAsync(target.X + target.Width / 2, target.Y + target.Height / 2 + 8, new() { Steps = 8 });
        await Page.Mouse.UpAsync();
        if (!expectLink) return;
        await Page.WaitForFunctionAsync($"() => document.querySelectorAll('.dg-link').length > {before}", null, new() { Timeout = 15_000 });
        await SavedAsync();
    }

    /// <summary>Draws a link with the mouse from the right edge of one element (not a port) to the middle of another.</summary>
    public async Task LinkFromEdgeAsync(string from, string to)
    {
        var source = (await Node(from).BoundingBoxAsync())!;
        var target = (await Node(to).BoundingBoxAsync())!;
        // Near the top of the right border: the new-interface port sits in the middle of that side.
        await Page.Mouse.MoveAsync(source.X + source.Width - 1, source.Y + 12);
        await Page.Mouse.DownAsync();
        await Page.Mouse.MoveAsync(target.X + target.Width / 2, target.Y + target.Height / 2, new() { Steps = 8 });
        await Page.Mouse.UpAsync();
    }

    /// <summary>The drawn links between two elements, in either direction.</summary>
    public ILocator LinksBetween(string a, string b) =>
        Page.Locator($".dg-link[data-source=\"{a}\"][data-target=\"{b}\"], .dg-link[data-source=\"{b}\"][data-target=\"{a}\"]");

    /// <summary>Drags an element by its title band, by a distance in screen pixels, and waits for the move to be saved.</summary>
    public async Task DragAsync(string id, double dx, double dy)
    {
        var before = await PlaceAsync(id);
        var box = (await Node(id).BoundingBoxAsync())!;
        var (x, y) = (box.X + box.Width / 2, box.Y + 12);
        await Page.Mouse.MoveAsync(x, y);
        await Page.Mouse.DownAsync();
        await Page.Mouse.MoveAsync((float)(x + dx), (float)(y + dy), new() { Steps = 10 });
        await Page.Mouse.UpAsync();
        await SavedAsync();
        (await PlaceAsync(id)).ShouldNotBe(before);
    }

    /// <summary>Where an element is drawn, in the diagram's own coordinates (its left and top), whatever the zoom.</summary>
    public Task<double[]> PlaceAsync(string id) =>
        Node(id).EvaluateAsync<double[]>("n => [parseFloat(n.style.left), parseFloat(n.style.top)]");

    /// <summary>Zooms with the canvas's zoom buttons until the level shown is the one asked for (or as near as the steps go).</summary>
    public async Task ZoomToAsync(int percent)
    {
        var level = Page.Locator(".dg-zoom-level");
        for (var step = 0; step < 12; step++)
        {
            var shown = int.Parse((await level.TextContentAsync())!.TrimEnd('%'), System.Globalization.CultureInfo.InvariantCulture);
            if (shown == percent) return;
            var button = Page.Locator(".dg-zoom-controls button").Nth(shown < percent ? 0 : 1);
            await button.ClickAsync();
            await Page.WaitForFunctionAsync($"() => document.querySelector('.dg-zoom-level').textContent !== '{shown}%'", null, new() { Timeout = 5_000 });
            var now = int.Parse((await level.TextContentAsync())!.TrimEnd('%'), System.Globalization.CultureInfo.InvariantCulture);
            if ((shown < percent) != (now < percent)) return;
        }
    }

    /// <summary>Clicks an element and waits until the properties panel shows it, so fields typed next are its own.</summary>
    /// <remarks>A click measured while the freshly opened canvas still fits itself to the view can land beside the element,
    /// so the click is repeated (selecting is idempotent) until the panel shows it.</remarks>
    public async Task SelectAsync(string id)
    {
        var title = Page.Locator(".editor-properties .props-title").GetByText(id, new() { Exact = true });
        for (var attempt = 1; ; attempt++)
        {
            var box = (await Node(id).BoundingBoxAsync())!;
            await Page.Mouse.ClickAsync(box.X + box.Width / 2, box.Y + 12);
            if (id.StartsWith("zone:", StringComparison.Ordinal)) return;
            try
            {
                await title.WaitForAsync(new() { Timeout = attempt < 3 ? 8_000 : 30_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
        }
    }

    /// <summary>Types into a property field and commits it (the change event), then waits for the save.</summary>
    public async Task SetFieldAsync(ILocator field, string value)
    {
        await field.FillAsync(value);
        await field.PressAsync("Tab");
        await SavedAsync();
    }

    /// <summary>Types a value the editor is expected to refuse and commits it; waits until the save status says it is not saved.</summary>
    public async Task RefuseFieldAsync(ILocator field, string value)
    {
        await field.FillAsync(value);
        await field.PressAsync("Tab");
        await SaveStatus.And(Page.Locator(".save-refused")).WaitForAsync(new() { Timeout = 15_000 });
    }

    public ILocator SaveStatus => Page.GetByTestId("save-status");

    public ILocator Field(string label) => Page.Locator(".editor-properties").GetByLabel(label, new() { Exact = true });

    public ILocator DataField(string name) => Page.Locator($".editor-properties [data-field=\"{name}\"]");

    /// <summary>The message in the field around a data-field input (its error, or else its hint).</summary>
    public ILocator MessageAt(string name) =>
        Page.Locator(".editor-properties .mud-input-control").Filter(new() { Has = Page.Locator($"[data-field=\"{name}\"]") }).Locator(".mud-input-helper-text");

    /// <summary>A picture of the properties panel alone, into the screenshots folder; answers its path.</summary>
    public Task<string> PropertiesScreenshotAsync(string name) => Pages.ScreenshotAsync(Page.Locator(".editor-properties"), name);

    /// <summary>Opens the Ask tab, types the question and asks it.</summary>
    public async Task AskAsync(string question)
    {
        await Page.GetByRole(AriaRole.Tab, new() { Name = "Ask", Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Textbox, new() { Name = "Question", Exact = true }).FillAsync(question);
        await Page.GetByTestId("ask-submit").ClickAsync();
    }

    /// <summary>The rows of the Ask tab's list of services or flows, cells joined by " | ".</summary>
    public async Task<string[]> AskedRowsAsync()
    {
        var rows = Page.GetByTestId("ask-services").Locator("tbody tr");
        var texts = new List<string>();
        for (var i = 0; i < await rows.CountAsync(); i++)
            texts.Add(string.Join(" | ", (await rows.Nth(i).Locator("td").AllInnerTextsAsync()).Select(t => string.Join(" ", t.Split(default(char[]), StringSplitOptions.RemoveEmptyEntries)))));
        return texts.ToArray();
    }

    /// <summary>
    /// Waits until the last edit is stored: "Saved" shown and the page's count of stored edits past the one seen at
    /// the last wait (a quick save shows "Saved" throughout). An action that stored nothing passes after a short wait.
    /// </summary>
    public async Task SavedAsync()
    {
        await Page.Locator("[data-testid=save-status].save-saved").WaitForAsync(new() { Timeout = 15_000 });
        try
        {
            await Page.WaitForFunctionAsync(SaveLanded, null, new() { Timeout = NothingStoredWait });
        }
        catch (TimeoutException)
        {
            // Nothing was stored since the last wait (the action changed nothing); "Saved" stands.
        }
        await Page.Locator("[data-testid=save-status].save-saved").WaitForAsync(new() { Timeout = 15_000 });
        await Page.EvaluateAsync("() => window.__savesSeen = +document.querySelector('[data-testid=save-status]').dataset.saves");
    }

    private const float NothingStoredWait = 3_000;

    private const string SaveLanded =
        "() => { const s = document.querySelector('[data-testid=save-status]'); return !!s && +s.dataset.saves > (window.__savesSeen ?? 0); }";

    /// <summary>The canvas's context menu, when open.</summary>
    public ILocator ContextMenu => Page.GetByTestId("context-menu");

    public ILocator MenuItem(string id) => ContextMenu.Locator($"[data-menu-item=\"{id}\"]");

    /// <summary>Right-clicks a node and waits for its menu.</summary>
    public async Task OpenMenuAsync(string id)
    {
        await Node(id).ClickAsync(new() { Button = MouseButton.Right });
        await ContextMenu.WaitForAsync();
    }

    /// <summary>Right-clicks the canvas at a point of empty space and waits for its menu.</summary>
    public async Task OpenCanvasMenuAsync(double x, double y)
    {
        await Canvas.ClickAsync(new() { Button = MouseButton.Right, Position = new() { X = (float)x, Y = (float)y } });
        await ContextMenu.WaitForAsync();
    }

    public ILocator RenameInput => Page.GetByTestId("rename-input");

    /// <summary>Double-clicks a node, types the name into the input over it and presses Enter.</summary>
    public async Task RenameInPlaceAsync(string id, string name)
    {
        await Node(id).DblClickAsync();
        await RenameInput.FillAsync(name);
        await RenameInput.PressAsync("Enter");
    }
}
