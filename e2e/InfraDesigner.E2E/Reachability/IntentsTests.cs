using InfraDesigner.E2E.Editor;
using InfraDesigner.E2E.Support;
using Microsoft.Playwright;

namespace InfraDesigner.E2E.Reachability;

/// <summary>The Intents tab: what must reach what, red until a fix makes it hold, announced when an edit changes it.</summary>
public sealed class IntentsTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [BrowserFact]
    public async Task An_intent_added_on_worked_question_1_is_red_and_turns_green_with_a_toast_when_the_fix_is_applied()
    {
        var editor = await EditorPage.OpenAsync(fixture, $"/topologies/{await fixture.CreateFromSampleAsync("zones-firewall")}");
        var page = editor.Page;
        await page.GetByRole(AriaRole.Tab, new() { Name = "Intents", Exact = true }).ClickAsync();
        await page.GetByTestId("intents-empty").WaitForAsync();

        await page.GetByTestId("intent-add").ClickAsync();
        await page.GetByText("Choose the element the flow starts at.").WaitForAsync();

        await page.GetByTestId("intent-from").ChooseAsync("app-a");
        await page.GetByTestId("intent-to").ChooseAsync("sap");
        await page.GetByTestId("intent-port").FillAsync("3300");
        await page.GetByTestId("intent-port").BlurAsync();
        await page.GetByTestId("intent-add").ClickAsync();

        var intent = page.GetByTestId("intent");
        await intent.WaitForAsync();
        (await intent.GetAttributeAsync("data-holds")).ShouldBe("false");
        (await intent.InnerTextAsync()).ShouldContain("fw-ab");
        await Pages.ScreenshotAsync(page, "intents-broken");

        await intent.Locator(".intent-text").ClickAsync();
        await page.GetByText("Denied at fw-ab").WaitForAsync();
        await page.GetByTestId("apply-fix").First.ClickAsync();

        await page.GetByText("Intent now holds: app-a must reach sap.").WaitForAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Intents", Exact = true }).ClickAsync();
        await page.Locator("[data-testid=intent][data-holds=true]").WaitForAsync();
        await Pages.ScreenshotAsync(page, "intents-holding");

        await page.ReloadAsync();
        await editor.WaitReadyAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Intents", Exact = true }).ClickAsync();
        await page.Locator("[data-testid=intent][data-holds=true]").WaitForAsync();
    }

    [BrowserFact]
    public async Task A_denied_answer_is_kept_as_a_must_not_reach_intent_from_the_Ask_tab()
    {
        var editor = await EditorPage.OpenAsync(fixture, $"/topologies/{await fixture.CreateFromSampleAsync("zones-firewall")}");
        await editor.AskAsync("can app-a reach sap on port 3300?");
        await editor.Page.GetByText("Denied at fw-ab").WaitForAsync();

        await editor.Page.GetByTestId("save-intent-block").ClickAsync();
        await editor.Page.GetByText("Saved the intent \"app-a must not reach sap 3300/tcp\"", new() { Exact = false }).WaitForAsync();
        (await editor.Page.GetByTestId("save-intent-block").IsDisabledAsync()).ShouldBeTrue();

        await editor.Page.GetByRole(AriaRole.Tab, new() { Name = "Intents", Exact = true }).ClickAsync();
        await editor.Page.Locator("[data-testid=intent][data-intent=\"app-a must not reach sap 3300/tcp\"][data-holds=true]").WaitForAsync();
    }
}
