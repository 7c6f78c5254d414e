using InfraDesigner.E2E.Editor;
using InfraDesigner.E2E.Support;
using Microsoft.Playwright;

namespace InfraDesigner.E2E.Reachability;

/// <summary>The Ask tab's suggested fix applied with one click: an edit of the topology (saved, undoable), and the question asked again.</summary>
public sealed class ApplyFixTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [BrowserFact]
    public async Task The_suggested_allow_rule_applies_with_one_click_and_the_answer_becomes_yes()
    {
        var id = await fixture.CreateFromSampleAsync("zones-firewall");
        var editor = await EditorPage.OpenAsync(fixture, $"/topologies/{id}");
        await editor.WaitForDrawingInViewAsync();
        var verdict = editor.Page.GetByTestId("ask-verdict");

        await editor.AskAsync("can app-a reach sap on port 3300?");
        await Assertions.Expect(verdict).ToContainTextAsync("Denied at fw-ab");
        await Assertions.Expect(editor.Page.GetByTestId("ask-fixes")).ToContainTextAsync("add allow rule on fw-ab: zone A host app-a -> zone B host sap tcp 3300 before the default rule");
        await editor.Page.GetByTestId("apply-fix").ClickAsync();

        await Assertions.Expect(verdict).ToContainTextAsync("Reachable");
        await Assertions.Expect(editor.Page.GetByTestId("ask-allowed-by")).ToContainTextAsync("allow-app-a-to-sap-tcp3300");
        (await editor.Node("fw-ab").InnerTextAsync()).ShouldContain("1 rule ·");
        await Pages.ScreenshotAsync(editor.Page, "ask-fix-applied");

        // One edit: undo takes the rule away, and the question answers no again.
        await editor.Page.GetByTestId("undo").ClickAsync();
        await editor.SavedAsync();
        await Assertions.Expect(editor.Node("fw-ab")).ToContainTextAsync("0 rules");
        await editor.Page.GetByTestId("ask-submit").ClickAsync();
        await Assertions.Expect(verdict).ToContainTextAsync("Denied at fw-ab");
    }
}
