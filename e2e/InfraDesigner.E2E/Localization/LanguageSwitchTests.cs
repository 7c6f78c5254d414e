using InfraDesigner.E2E.Support;
using Microsoft.Playwright;

namespace InfraDesigner.E2E.Localization;

/// <summary>The language switch in the top bar: Korean for the list, the editor's palette and tabs; it sticks across pages and reloads.</summary>
public sealed class LanguageSwitchTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [BrowserFact]
    public async Task Switching_to_korean_renders_the_list_and_the_editor_in_korean_until_switched_back()
    {
        var id = await fixture.CreateFromSampleAsync("zones-firewall");
        var page = await fixture.OpenAsync();
        var topologies = page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Topologies" });
        await Assertions.Expect(topologies).ToBeVisibleAsync();

        await page.GetByTestId("language-switch").ClickAsync();

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ko");
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "토폴로지" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "내 토폴로지" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("language-switch")).ToHaveTextAsync("English");
        await Pages.WaitForCircuitAsync(page);
        await Pages.ScreenshotAsync(page, "home-korean");

        await page.GotoAsync($"{fixture.App.BaseUrl}/topologies/{id}");
        await Pages.WaitForCircuitAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Tab, new() { Name = "시뮬레이션" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".palette-item", new() { HasText = "방화벽" })).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "요소 검색" }).FillAsync("방화");
        await Assertions.Expect(page.Locator(".palette-item")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "요소 검색" }).FillAsync("firewall");
        await Assertions.Expect(page.Locator(".palette-item", new() { HasText = "방화벽" })).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "요소 검색" }).FillAsync("");
        await page.GetByRole(AriaRole.Tab, new() { Name = "질문", Exact = true }).ClickAsync();
        var question = page.GetByRole(AriaRole.Textbox, new() { Name = "질문", Exact = true });
        await question.FillAsync("app-a에서 sap 3300 포트로 접속 가능한가?");
        await question.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("ask-verdict")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("packet-controls").GetByRole(AriaRole.Button, new() { Name = "재생" })).ToHaveCountAsync(1);
        await Pages.ScreenshotAsync(page, "editor-korean");
        await page.GetByRole(AriaRole.Tab, new() { Name = "시뮬레이션" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Tab, new() { Name = "HA 장애 조치" })).ToBeVisibleAsync();
        await Pages.ScreenshotAsync(page, "editor-simulate-korean");
        await page.GetByRole(AriaRole.Tab, new() { Name = "속성" }).ClickAsync();
        await page.Locator(".dg-node[data-node-id='app-a']").ClickAsync();
        await Assertions.Expect(page.GetByLabel("실행 호스트")).ToBeVisibleAsync();
        await Pages.ScreenshotAsync(page, "editor-properties-korean");

        await page.GetByTestId("language-switch").ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Simulate" })).ToBeVisibleAsync();
    }
}
