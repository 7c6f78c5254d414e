using InfraDesigner.E2E.Support;
using Microsoft.Playwright;

namespace InfraDesigner.E2E.Editor;

/// <summary>A firewall rule's source and destination picked by clicking an element or a zone frame on the canvas.</summary>
public sealed class RuleEndpointPickTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Hint = "Click an element or zone for the rule's source — Esc cancels";

    [BrowserFact]
    public async Task Clicking_a_zone_frame_or_an_element_sets_the_rule_end_and_keeps_the_firewall_selected()
    {
        var editor = await OpenFirewallWithNewRuleAsync();

        await editor.Page.Locator("[data-pick=\"rules[0].source\"]").ClickAsync();
        await Assertions.Expect(editor.Page.GetByTestId("pick-hint")).ToContainTextAsync(Hint);
        (await editor.Node("sap").EvaluateAsync<string>("n => getComputedStyle(n).cursor")).ShouldBe("crosshair");
        await Pages.ScreenshotAsync(editor.Page, "rule-pick-source");
        var zone = (await editor.Node("zone:A").BoundingBoxAsync())!;
        await editor.Page.Mouse.ClickAsync(zone.X + 40, zone.Y + 10);

        await Assertions.Expect(editor.DataField("rules[0].source")).ToHaveValueAsync("zone:A");
        await Assertions.Expect(editor.Page.GetByTestId("pick-hint")).ToHaveCountAsync(0);
        await editor.Page.Locator("[data-pick=\"rules[0].destination\"]").ClickAsync();
        await Assertions.Expect(editor.Page.GetByTestId("pick-hint")).ToContainTextAsync("for the rule's destination");
        await editor.Node("sap").ClickAsync();

        await Assertions.Expect(editor.DataField("rules[0].destination")).ToHaveValueAsync("element:sap");
        await editor.SavedAsync();
        await Assertions.Expect(editor.Page.Locator(".editor-properties .props-title")).ToHaveTextAsync("fw-ab");
        await editor.Page.ReloadAsync();
        await editor.WaitReadyAsync();
        await editor.SelectAsync("fw-ab");
        (await editor.DataField("rules[0].source").InputValueAsync()).ShouldBe("zone:A");
        (await editor.DataField("rules[0].destination").InputValueAsync()).ShouldBe("element:sap");
    }

    [BrowserFact]
    public async Task Esc_cancels_the_pick_from_the_button_or_from_the_canvas_and_changes_nothing()
    {
        var editor = await OpenFirewallWithNewRuleAsync();
        var pick = editor.Page.Locator("[data-pick=\"rules[0].source\"]");

        await pick.ClickAsync();
        await pick.PressAsync("Escape");
        await Assertions.Expect(editor.Page.GetByTestId("pick-hint")).ToHaveCountAsync(0);

        await pick.ClickAsync();
        // A click on empty canvas picks nothing and keeps the pick running; Esc on the canvas ends it.
        await editor.Canvas.ClickAsync(new() { Position = new() { X = 30, Y = 500 } });
        await Assertions.Expect(editor.Page.GetByTestId("pick-hint")).ToContainTextAsync(Hint);
        await editor.Page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(editor.Page.GetByTestId("pick-hint")).ToHaveCountAsync(0);

        // With the pick over, a click selects again instead of picking.
        await editor.SelectAsync("sap");
        await editor.SelectAsync("fw-ab");
        (await editor.DataField("rules[0].source").InputValueAsync()).ShouldBe("any");
    }

    private async Task<EditorPage> OpenFirewallWithNewRuleAsync()
    {
        var id = await fixture.CreateFromSampleAsync("zones-firewall");
        var editor = await EditorPage.OpenAsync(fixture, $"/topologies/{id}");
        await editor.WaitForDrawingInViewAsync();
        await editor.SelectAsync("fw-ab");
        await editor.Page.GetByTestId("add-rule").ClickAsync();
        await editor.SavedAsync();
        return editor;
    }
}
