using InfraDesigner.E2E.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace InfraDesigner.E2E.Editor;

/// <summary>
/// Worked question 1 of the domain guide drawn from an empty topology as a new user would, with every mouse
/// action and typed value counted: the answers must be the guide's, in at most 40 mouse actions.
/// </summary>
public sealed class FirstQuestionEffortTests(AppFixture fixture, ITestOutputHelper output) : IClassFixture<AppFixture>
{
    private const int MostMouseActions = 40;

    [BrowserFact]
    public async Task Worked_question_1_is_drawn_and_answered_from_empty_in_at_most_40_mouse_actions()
    {
        var editor = await EditorPage.OpenNewAsync(fixture, "Effort " + Guid.NewGuid().ToString("N")[..6]);
        var user = new CountedUser(editor);
        var verdict = editor.Page.GetByTestId("ask-verdict");

        await user.DropAsync("zone", 260, 360, "zone:zone-01");
        await user.TypeAsync(editor.DataField("zone-name"), "A");
        await user.DropAsync("zone", 740, 360, "zone:zone-01");
        await user.TypeAsync(editor.DataField("zone-name"), "B");
        await user.DropAsync("vm", 200, 420, "vm-01");
        await user.TypeAsync(editor.DataField("name"), "app-a");
        await user.DropAsync("sap", 800, 420, "sap-01");
        await user.TypeAsync(editor.DataField("name"), "sap");
        await user.DropAsync("switch", 200, 280, "sw-01");
        await user.DropAsync("router", 360, 180, "rt-01");
        await user.DropAsync("firewall", 520, 120, "fw-01");
        await user.TypeAsync(editor.DataField("name"), "fw-ab");
        await editor.Node("fw-ab").WaitForAsync();

        // Cabling addresses the ends: app-a and the router share 10.0.1.0/24, router and firewall 10.0.2.0/24, firewall and sap 10.0.3.0/24.
        await user.CableAsync("app-a", "sw-01");
        await user.CableAsync("sw-01", "rt-01");
        await user.CableAsync("rt-01", "fw-ab");
        await user.CableAsync("fw-ab", "sap");
        (await editor.Node("app-a").InnerTextAsync()).ShouldContain("10.0.1.10/24");
        (await editor.Node("sap").InnerTextAsync()).ShouldContain("10.0.3.10/24");

        await user.AskAsync("can app-a reach sap on port 3300?");
        await Assertions.Expect(verdict).ToContainTextAsync("Not reachable");
        await Assertions.Expect(editor.Page.GetByTestId("ask-fixes")).ToContainTextAsync("add a route on rt-01 to 10.0.3.0/24 via 10.0.2.2 (fw-ab)");
        await user.ClickAsync(editor.Page.GetByTestId("apply-fix").First, "Apply (the route on rt-01)");

        // The guide's first answer: no, denied at fw-ab by its default rule.
        await Assertions.Expect(verdict).ToContainTextAsync("Denied at fw-ab");
        await Assertions.Expect(verdict).ToContainTextAsync("by its default rule");
        await Pages.ScreenshotAsync(editor.Page, "effort-q1-denied");

        await user.OpenTabAsync("Properties");
        await user.SelectAsync("fw-ab");
        await user.ClickAsync(editor.Page.GetByTestId("add-rule"), "Add rule");
        await editor.SavedAsync();
        await user.ClickAsync(editor.Page.Locator("[data-pick=\"rules[0].source\"]"), "pick the source on the canvas");
        await user.ClickAsync(editor.Node("app-a"), "app-a");
        await Assertions.Expect(editor.DataField("rules[0].source")).ToHaveValueAsync("element:app-a");
        await user.ClickAsync(editor.Page.Locator("[data-pick=\"rules[0].destination\"]"), "pick the destination on the canvas");
        await user.ClickAsync(editor.Node("sap"), "sap");
        await Assertions.Expect(editor.DataField("rules[0].destination")).ToHaveValueAsync("element:sap");
        await user.TypeAsync(editor.DataField("rules[0].ports"), "3300");
        await user.ClickAsync(editor.Page.Locator("[data-rule]").First.GetByRole(AriaRole.Checkbox, new() { Name = "Enabled" }), "Enabled");
        await editor.SavedAsync();

        // The Ask tab asks its question again: the request now passes; the reply needs the firewall's route back.
        await user.OpenTabAsync("Ask");
        await Assertions.Expect(editor.Page.GetByTestId("ask-fixes")).ToContainTextAsync("add a route on fw-ab to 10.0.1.0/24 via 10.0.2.1 (rt-01)");
        await user.ClickAsync(editor.Page.GetByTestId("apply-fix").First, "Apply (the route back on fw-ab)");

        // The guide's second answer: yes, app-a → switch → router → fw-ab (that rule) → sap:3300.
        await Assertions.Expect(verdict).ToContainTextAsync("Reachable");
        await Assertions.Expect(editor.Page.GetByTestId("ask-allowed-by")).ToContainTextAsync("rule-1");
        (await editor.Page.GetByTestId("ask-path").First.GetByTestId("ask-hop").Locator("strong").AllInnerTextsAsync())
            .ShouldBe(["app-a", "sw-01", "rt-01", "fw-ab", "sap"]);
        await Pages.ScreenshotAsync(editor.Page, "effort-q1-reachable");

        output.WriteLine($"Worked question 1 from empty: {user.MouseActions} mouse actions, {user.TypedValues} typed values.");
        foreach (var action in user.Actions) output.WriteLine(action);
        user.MouseActions.ShouldBeLessThanOrEqualTo(MostMouseActions);
    }
}
