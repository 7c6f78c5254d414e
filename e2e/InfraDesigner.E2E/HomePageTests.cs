using InfraDesigner.E2E.Support;
using Microsoft.Playwright;

namespace InfraDesigner.E2E;

public sealed class HomePageTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [BrowserFact]
    public async Task The_home_page_renders_and_its_circuit_connects()
    {
        var page = await fixture.OpenAsync();

        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Topologies");
        (await page.Locator("[data-testid=circuit-state]").InnerTextAsync()).Trim().ShouldBe("Live");
        (await page.TitleAsync()).ShouldBe("Topologies · InfraDesigner");
        await Pages.ScreenshotAsync(page, "home");
    }

    [BrowserFact]
    public async Task Creating_a_topology_through_the_dialog_lists_it_without_a_reload()
    {
        var page = await fixture.OpenAsync();
        var name = "Plant " + Guid.NewGuid().ToString("N")[..6];

        await Pages.CreateTopologyAsync(page, name, "made in the browser");

        (await page.GetByRole(AriaRole.Dialog).CountAsync()).ShouldBe(0);
        await page.Locator(".toast-success").WaitForAsync();
        await Pages.ScreenshotAsync(page, "home-after-create");
    }

    [BrowserFact]
    public async Task A_topology_without_a_name_shows_the_reason_at_the_field()
    {
        var page = await fixture.OpenAsync();

        await page.GetByTestId("new-topology").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).WaitForAsync();
        await Pages.ScreenshotAsync(page, "home-new-topology-dialog");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create", Exact = true }).ClickAsync();

        var error = page.Locator(".field-error");
        await error.WaitForAsync();
        (await error.InnerTextAsync()).ShouldBe("A name is required.");
        (await page.GetByRole(AriaRole.Textbox, new() { Name = "Name", Exact = true }).GetAttributeAsync("aria-invalid")).ShouldBe("true");
        await Pages.ScreenshotAsync(page, "home-validation");
    }

    [BrowserFact]
    public async Task A_topology_page_shows_the_editor_layout()
    {
        var home = await fixture.OpenAsync();
        var name = "Editor " + Guid.NewGuid().ToString("N")[..6];
        await Pages.CreateTopologyAsync(home, name);

        await home.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();

        await home.Locator("h1", new() { HasText = name }).WaitForAsync();
        (await home.GetByRole(AriaRole.Complementary, new() { Name = "Palette" }).IsVisibleAsync()).ShouldBeTrue();
        (await home.GetByRole(AriaRole.Region, new() { Name = "Canvas" }).IsVisibleAsync()).ShouldBeTrue();
        (await home.GetByRole(AriaRole.Complementary, new() { Name = "Properties" }).IsVisibleAsync()).ShouldBeTrue();
        await Pages.ScreenshotAsync(home, "topology-editor");
    }
}
