using InfraDesigner.E2E.Support;
using Microsoft.Playwright;

namespace InfraDesigner.E2E.Editor;

/// <summary>Which zone an element is in follows where it was dropped or pasted, shows in the properties panel and changes there.</summary>
public sealed class ZoneMembershipTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [BrowserFact]
    public async Task The_drop_point_decides_the_zone_the_panel_shows_it_and_changing_it_moves_the_element_into_the_zone()
    {
        var editor = await EditorPage.OpenNewAsync(fixture, $"Zones {Guid.NewGuid().ToString("N")[..6]}");
        await editor.DropAsync("zone", 450, 380, "zone:zone-01");
        var canvas = (await editor.Canvas.BoundingBoxAsync())!;
        var zone = (await editor.Node("zone:zone-01").BoundingBoxAsync())!;
        var (left, right, middle) = (zone.X - canvas.X, zone.X - canvas.X + zone.Width, zone.Y - canvas.Y + zone.Height / 2);

        // Pointer just inside the right border: the switch hangs across it as dropped, yet belongs to the zone.
        await editor.DropAsync("switch", right - 15, middle, "sw-01");
        (await FrameShownAsync(editor)).ShouldBe("Zone zone-01");
        // Pointer just outside the left border: the router is not in the zone, and is not drawn over it.
        await editor.DropAsync("router", left - 15, middle, "rt-01");
        (await FrameShownAsync(editor)).ShouldBe("None");

        await editor.SelectAsync("sw-01");
        await editor.Page.Keyboard.PressAsync("Control+c");
        await editor.Page.Keyboard.PressAsync("Control+v");
        await editor.Node("sw-02").WaitForAsync(new() { Timeout = 15_000 });
        await editor.SavedAsync();
        await editor.SelectAsync("sw-02");
        (await FrameShownAsync(editor)).ShouldBe("Zone zone-01");

        var boxes = await DrawnBox.OnAsync(editor.Page);
        await Pages.ScreenshotAsync(editor.Page, "zone-membership-dropped");
        boxes.Single(b => b.Id == "sw-01").Parent.ShouldBe("zone:zone-01");
        boxes.Single(b => b.Id == "sw-02").Parent.ShouldBe("zone:zone-01");
        boxes.Single(b => b.Id == "rt-01").Parent.ShouldBe("");
        DrawnBox.NestingProblems(boxes).ShouldBeEmpty();

        await editor.SelectAsync("rt-01");
        await editor.DataField("frame").ChooseAsync("Zone zone-01");
        await editor.SavedAsync();
        await editor.Page.WaitForFunctionAsync("() => document.querySelector('.dg-node[data-node-id=\"rt-01\"]').dataset.parents === 'zone:zone-01'", null, new() { Timeout = 15_000 });
        (await FrameShownAsync(editor)).ShouldBe("Zone zone-01");
        var moved = await DrawnBox.OnAsync(editor.Page);
        await Pages.ScreenshotAsync(editor.Page, "zone-membership-changed");
        DrawnBox.NestingProblems(moved).ShouldBeEmpty();
    }

    private static Task<string> FrameShownAsync(EditorPage editor) =>
        editor.DataField("frame").InputValueAsync();
}
