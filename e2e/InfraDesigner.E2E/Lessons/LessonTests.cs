using InfraDesigner.E2E.Editor;
using InfraDesigner.E2E.Support;
using Microsoft.Playwright;

namespace InfraDesigner.E2E.Lessons;

/// <summary>A trainee's lesson: start it from the Lessons page, read the checks, trace the failing one, fix it, pass.</summary>
public sealed class LessonTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [BrowserFact]
    public async Task A_lesson_started_from_the_lessons_page_is_graded_after_every_edit_and_passes_when_the_fix_is_applied()
    {
        var page = await fixture.OpenAsync("/lessons");
        await Pages.WaitForCircuitAsync(page);
        await Pages.ScreenshotAsync(page, "lessons");
        await page.Locator("[data-testid=lesson-card][data-lesson=open-the-sap-gateway]").ClickAsync();

        var editor = new EditorPage(page);
        await editor.WaitReadyAsync();
        var gateway = page.Locator("[data-testid=lesson-check][data-check=app-a-reaches-sap]");
        await Assertions.Expect(gateway).ToHaveAttributeAsync("data-holds", "false");
        await page.GetByLabel("Hints").CheckAsync();
        await gateway.GetByTestId("lesson-hint").WaitForAsync();
        await Pages.ScreenshotAsync(page, "lesson-started");

        await gateway.Locator(".intent-text").ClickAsync();
        await page.GetByText("Denied at fw-ab").WaitForAsync();
        await page.GetByTestId("apply-fix").First.ClickAsync();
        await page.GetByText("Exercise passed: every check holds.").WaitForAsync();

        await page.GetByRole(AriaRole.Tab, new() { Name = "Lesson", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("lesson-progress")).ToHaveAttributeAsync("data-percent", "100");
        await Pages.ScreenshotAsync(page, "lesson-passed");

        await page.GetByTestId("lesson-language").GetByText("한국어").ClickAsync();
        await page.GetByText("통과했습니다").WaitForAsync();
    }
}
