using InfraDesigner.E2E.Editor;
using InfraDesigner.E2E.Support;
using Microsoft.Playwright;

namespace InfraDesigner.E2E.Classrooms;

/// <summary>
/// A whole training session: the trainer opens a classroom on a lesson, three trainees join from their own browsers
/// (one mistypes the code first), the board follows their checks live, hints go off, one trainee passes, the results
/// export as CSV, and the end keeps anyone else out. Along the way the trainer sends one trainee a hint and shows
/// the class a canvas of their own.
/// </summary>
public sealed class ClassroomTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Lesson = "open-the-sap-gateway";

    [BrowserFact]
    public async Task A_trainer_and_three_trainees_run_a_whole_session_on_the_live_board()
    {
        await fixture.CreateFromSampleAsync("zones-firewall");
        var trainer = await fixture.OpenAsync("/lessons");
        await Pages.WaitForCircuitAsync(trainer);
        await trainer.Locator($"[data-testid=lesson-card][data-lesson={Lesson}]").Locator("xpath=..").GetByTestId("open-classroom").ClickAsync();
        var codeBox = trainer.GetByTestId("classroom-code");
        await codeBox.WaitForAsync();
        var code = (await codeBox.GetAttributeAsync("data-code"))!;
        await trainer.GetByTestId("classroom-empty").WaitForAsync();

        var kim = await JoinAsync($"{code[..3].ToLowerInvariant()}-{code[3..].ToLowerInvariant()}", "김민수", mistypeFirst: true);
        var lee = await JoinAsync(code, "Lee Ji-eun");
        var park = await JoinAsync(code, "Park");

        var rows = trainer.GetByTestId("classroom-trainee");
        await Assertions.Expect(rows).ToHaveCountAsync(3);
        await Assertions.Expect(trainer.GetByTestId("classroom-summary")).ToContainTextAsync("3 joined · 0 passed");
        await Assertions.Expect(Row(trainer, "김민수").Locator("[data-check=app-a-reaches-sap]")).ToHaveAttributeAsync("data-holds", "false");
        await Pages.ScreenshotAsync(trainer, "classroom-board");
        await Assertions.Expect(lee.GetByTestId("account-name")).ToHaveTextAsync("Lee Ji-eun");
        await KoreanBoardScreenshotAsync(trainer.Url);

        await trainer.GetByLabel("Trainees may see hints and the solution").UncheckAsync();
        await lee.GetByTestId("lesson-hints-off").WaitForAsync();
        await Assertions.Expect(lee.GetByTestId("lesson-hints")).ToHaveCountAsync(0);
        await Pages.ScreenshotAsync(lee, "classroom-trainee-hints-off");

        await HintToParkAloneAsync(trainer, park, lee);
        await ShowTheClassACanvasAsync(trainer, lee);

        // Kim fixes the exercise; the board follows without a reload.
        await kim.Locator("[data-testid=lesson-check][data-check=app-a-reaches-sap] .intent-text").ClickAsync();
        await kim.GetByTestId("apply-fix").First.ClickAsync();
        await kim.GetByText("Exercise passed: every check holds.").WaitForAsync();
        await Assertions.Expect(Row(trainer, "김민수")).ToHaveAttributeAsync("data-passed", "true");
        await Assertions.Expect(Row(trainer, "Park")).ToHaveAttributeAsync("data-passed", "false");
        await Assertions.Expect(trainer.GetByTestId("classroom-summary")).ToContainTextAsync("3 joined · 1 passed");

        var download = await trainer.RunAndWaitForDownloadAsync(() => trainer.GetByTestId("classroom-csv").ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        csv.ShouldStartWith("name,joined,percent,passed,");
        csv.ShouldContain("김민수,");
        csv.Split("\r\n").Single(line => line.StartsWith("김민수,")).ShouldContain(",100,yes,");
        csv.Split("\r\n").Single(line => line.StartsWith("Park,")).ShouldContain(",no,");

        await BreakKimsPassingDesignAsync(trainer, kim);

        // The trainer looks at a trainee's canvas: it opens (shared with the trainer to view).
        var view = await trainer.Context.RunAndWaitForPageAsync(() => Row(trainer, "Park").GetByTestId("classroom-view").ClickAsync());
        await new EditorPage(view).WaitReadyAsync();
        await view.GetByTestId("lesson-progress").WaitForAsync();

        await trainer.GetByTestId("classroom-end").ClickAsync();
        await trainer.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "End the class", Exact = true }).ClickAsync();
        await Assertions.Expect(trainer.GetByTestId("classroom-end")).ToHaveCountAsync(0);
        await park.GetByTestId("lesson-seat").Filter(new() { HasText = "has ended" }).WaitForAsync();
        // A guest has no password: signing out warns first.
        await park.GetByTestId("guest-sign-out").Locator("summary").ClickAsync();
        await Assertions.Expect(park.GetByTestId("guest-sign-out").GetByRole(AriaRole.Alert)).ToContainTextAsync("joined as a guest");
        await Pages.ScreenshotAsync(park, "classroom-guest-sign-out");

        var late = await (await fixture.Browser.NewContextAsync()).NewPageAsync();
        await late.GotoAsync($"{fixture.App.BaseUrl}/join/{code}");
        await late.GetByTestId("join-name").FillAsync("Late");
        await late.GetByTestId("join-submit").ClickAsync();
        await Assertions.Expect(late.GetByTestId("join-code-error")).ToContainTextAsync("has ended");
    }

    private static async Task HintToParkAloneAsync(IPage trainer, IPage park, IPage lee)
    {
        await Row(trainer, "Park").GetByTestId("classroom-write-hint").ClickAsync();
        await trainer.GetByTestId("classroom-note-text").FillAsync("Look at the order of the edge firewall's rules.");
        await trainer.GetByTestId("classroom-note-send").ClickAsync();
        await Assertions.Expect(park.GetByTestId("lesson-note")).ToContainTextAsync("order of the edge firewall's rules");
        await Assertions.Expect(Row(trainer, "Park").GetByTestId("classroom-trainee-note")).ToContainTextAsync("order of the edge");
        await Pages.ScreenshotAsync(park, "classroom-trainee-hint");
        await Assertions.Expect(lee.GetByTestId("lesson-note")).ToHaveCountAsync(0);
    }

    private static async Task ShowTheClassACanvasAsync(IPage trainer, IPage lee)
    {
        await trainer.GetByTestId("classroom-canvas-pick").ChooseAsync("zones-firewall");
        await trainer.GetByTestId("classroom-canvas-stop").WaitForAsync();
        await Pages.ScreenshotAsync(trainer, "classroom-board-teaching");
        await lee.GetByTestId("lesson-shown-canvas").WaitForAsync();
        var shown = await lee.Context.RunAndWaitForPageAsync(() => lee.GetByTestId("lesson-shown-canvas-open").ClickAsync());
        await new EditorPage(shown).WaitReadyAsync();
        await shown.GetByTestId("view-only").WaitForAsync();
        await shown.CloseAsync();

        await trainer.GetByTestId("classroom-canvas-stop").ClickAsync();
        await Assertions.Expect(lee.GetByTestId("lesson-shown-canvas")).ToHaveCountAsync(0);
    }

    private static async Task BreakKimsPassingDesignAsync(IPage trainer, IPage kim)
    {
        await Row(trainer, "김민수").GetByTestId("classroom-fault").ClickAsync();
        var dialog = trainer.GetByRole(AriaRole.Dialog);
        await dialog.GetByText("deny-everything rule first").ClickAsync();
        await Pages.ScreenshotAsync(trainer, "classroom-fault-dialog");
        await dialog.GetByTestId("fault-put").ClickAsync();
        await kim.GetByText("Your trainer put a fault in this design").WaitForAsync();
        await Assertions.Expect(Row(trainer, "김민수")).ToHaveAttributeAsync("data-passed", "false");
        await Assertions.Expect(Row(trainer, "김민수").Locator("[data-check=app-a-reaches-sap]")).ToHaveAttributeAsync("data-holds", "false");
        // Kim's open trace (on the Ask tab since the fix) runs again and names the rule that now denies it.
        await kim.GetByText("by rule 1 'maintenance-block' (deny)").WaitForAsync();
        await Pages.ScreenshotAsync(kim, "classroom-trainee-fault");
    }

    private async Task KoreanBoardScreenshotAsync(string boardUrl)
    {
        var context = await fixture.Browser.NewContextAsync(new() { Locale = "ko-KR", ViewportSize = new() { Width = 1400, Height = 850 } });
        (await context.APIRequest.PostAsync($"{fixture.App.BaseUrl}/api/account/login?useCookies=true",
            new() { DataObject = new { email = AppProcess.AdminEmail, password = AppProcess.AdminPassword } })).Ok.ShouldBeTrue();
        var page = await context.NewPageAsync();
        await page.GotoAsync(boardUrl);
        await Assertions.Expect(page.GetByTestId("classroom-summary")).ToContainTextAsync("3명 참가");
        await Pages.ScreenshotAsync(page, "classroom-board-ko");
        await context.CloseAsync();
    }

    private static ILocator Row(IPage board, string name) => board.Locator($"[data-testid=classroom-trainee][data-name=\"{name}\"]");

    private async Task<IPage> JoinAsync(string code, string name, bool mistypeFirst = false)
    {
        var page = await (await fixture.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 850 } })).NewPageAsync();
        await page.GotoAsync($"{fixture.App.BaseUrl}/topologies");
        await page.GetByTestId("join-link").GetByRole(AriaRole.Link).ClickAsync();
        if (mistypeFirst)
        {
            await page.GetByTestId("join-code").FillAsync("ZZZ-ZZZ");
            await page.GetByTestId("join-name").FillAsync(name);
            await page.GetByTestId("join-submit").ClickAsync();
            await Assertions.Expect(page.GetByTestId("join-code-error")).ToContainTextAsync("No classroom has the code ZZZZZZ");
            await Pages.ScreenshotAsync(page, "classroom-join-refused");
        }
        await page.GetByTestId("join-code").FillAsync(code);
        await page.GetByTestId("join-name").FillAsync(name);
        await page.GetByTestId("join-submit").ClickAsync();
        await new EditorPage(page).WaitReadyAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Lesson", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("lesson-seat")).ToContainTextAsync(name);
        return page;
    }
}
