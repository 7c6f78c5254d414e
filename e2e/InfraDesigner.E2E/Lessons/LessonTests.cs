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

/// <summary>A trainer's own lesson: export a built-in one, change it, import it, start it, then delete it; a broken file is refused.</summary>
public sealed class LessonImportTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [BrowserFact]
    public async Task A_trainer_imports_an_edited_lesson_file_trainees_start_it_and_the_trainer_deletes_it()
    {
        var page = await fixture.OpenAsync("/lessons");
        await Pages.WaitForCircuitAsync(page);
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Export the lesson Between VLANs, only a router" }).ClickAsync());
        var exported = await File.ReadAllTextAsync((await download.PathAsync())!);

        var id = "our-vlan-lab-" + Guid.NewGuid().ToString("N")[..6];
        var edited = FirstMatch(exported, "\"id\"\\s*:\\s*\"vlans-need-a-router\"", $"\"id\": \"{id}\"");
        edited = FirstMatch(edited, "\"en\"\\s*:\\s*\"Between VLANs, only a router\"", "\"en\": \"Our VLAN lab\"");
        var file = Path.Combine(Path.GetTempPath(), id + ".json");
        await File.WriteAllTextAsync(file, edited);

        await page.GetByTestId("import-lesson").SetInputFilesAsync(file);
        await page.GetByText("Imported the lesson Our VLAN lab.").WaitForAsync();
        var ours = page.Locator($"[data-testid=lesson-card][data-lesson={id}]");
        (await ours.InnerTextAsync()).ShouldContain("imported");
        await Pages.ScreenshotAsync(page, "lessons-imported");

        var broken = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(broken, edited.Replace($"\"{id}\"", "\"Not An Id\""));
        await page.GetByTestId("import-lesson").SetInputFilesAsync(broken);
        var problems = page.GetByTestId("import-problems");
        await problems.WaitForAsync();
        (await problems.InnerTextAsync()).ShouldContain("'Not An Id' is not a lesson id");
        await Pages.ScreenshotAsync(page, "lessons-import-refused");
        await page.GetByRole(AriaRole.Button, new() { Name = "OK", Exact = true }).ClickAsync();

        await ours.ClickAsync();
        await new Editor.EditorPage(page).WaitReadyAsync();
        await page.GetByTestId("lesson-progress").WaitForAsync();

        page = await fixture.OpenAsync("/lessons");
        await Pages.WaitForCircuitAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete the lesson Our VLAN lab" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();
        await page.GetByText("Deleted the lesson Our VLAN lab.").WaitForAsync();
        await Assertions.Expect(page.Locator($"[data-testid=lesson-card][data-lesson={id}]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid=lesson-card][data-lesson=vlans-need-a-router]")).ToHaveCountAsync(1);
        File.Delete(file);
        File.Delete(broken);
    }

    private static string FirstMatch(string text, string pattern, string replacement) =>
        new System.Text.RegularExpressions.Regex(pattern, default, TimeSpan.FromSeconds(1)).Replace(text, replacement, 1);
}
