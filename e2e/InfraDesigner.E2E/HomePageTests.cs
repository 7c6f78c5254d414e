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
    public async Task Creating_a_topology_through_the_dialog_opens_it_in_the_editor_and_lists_it()
    {
        var page = await fixture.OpenAsync();
        var name = "Plant " + Guid.NewGuid().ToString("N")[..6];

        await page.GetByTestId("new-topology").ClickAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Name", Exact = true }).FillAsync(name);
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Description", Exact = true }).FillAsync("made in the browser");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create", Exact = true }).ClickAsync();

        await page.WaitForURLAsync("**/topologies/*");
        await page.Locator("h1", new() { HasText = name }).WaitForAsync();
        await page.Locator(".dg-canvas[data-dg-ready=true]").WaitForAsync();
        await Pages.ScreenshotAsync(page, "home-after-create");
        await Pages.GoHomeAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).WaitForAsync();
    }

    [BrowserFact]
    public async Task A_name_another_topology_has_is_warned_at_the_field_and_kept_when_created_again()
    {
        var page = await fixture.OpenAsync();
        var name = "Twin " + Guid.NewGuid().ToString("N")[..6];
        await Pages.CreateTopologyAsync(page, name);
        await Pages.GoHomeAsync(page);

        await page.GetByTestId("new-topology").ClickAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Name", Exact = true }).FillAsync(name.ToUpperInvariant());
        var create = page.GetByRole(AriaRole.Button, new() { Name = "Create", Exact = true });
        await create.ClickAsync();

        var warning = page.GetByTestId("details-dialog").Locator(".field-warning .mud-input-helper-text");
        await Assertions.Expect(warning).ToHaveTextAsync($"Another topology is already named '{name.ToUpperInvariant()}'. Create again to keep both.");
        (await page.GetByRole(AriaRole.Dialog).CountAsync()).ShouldBe(1, "the first press only warns");
        await Pages.ScreenshotAsync(page, "home-duplicate-name-warning");

        await create.ClickAsync();
        await page.Locator("h1", new() { HasText = name.ToUpperInvariant() }).WaitForAsync();
        await Pages.GoHomeAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = name.ToUpperInvariant(), Exact = true }).WaitForAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).WaitForAsync();
    }

    [BrowserFact]
    public async Task Renaming_a_topology_to_a_name_another_has_is_warned_at_the_field()
    {
        var page = await fixture.OpenAsync();
        var first = "First " + Guid.NewGuid().ToString("N")[..6];
        var second = "Second " + Guid.NewGuid().ToString("N")[..6];
        await Pages.CreateTopologyAsync(page, first);
        await Pages.GoHomeAsync(page);
        await Pages.CreateTopologyAsync(page, second);
        await Pages.GoHomeAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = $"Rename {second}", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Name", Exact = true }).FillAsync(first);
        var save = page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true });
        await save.ClickAsync();

        await Assertions.Expect(page.GetByTestId("details-dialog").Locator(".field-warning .mud-input-helper-text"))
            .ToHaveTextAsync($"Another topology is already named '{first}'. Save again to keep both.");
        await save.ClickAsync();
        await page.GetByRole(AriaRole.Dialog).WaitForAsync(new() { State = WaitForSelectorState.Detached });
        (await page.GetByRole(AriaRole.Link, new() { Name = first, Exact = true }).CountAsync()).ShouldBe(2);
    }

    [BrowserFact]
    public async Task A_topology_without_a_name_shows_the_reason_at_the_field()
    {
        var page = await fixture.OpenAsync();

        await page.GetByTestId("new-topology").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).WaitForAsync();
        await Pages.ScreenshotAsync(page, "home-new-topology-dialog");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create", Exact = true }).ClickAsync();

        var error = page.Locator(".mud-input-helper-text.mud-input-error");
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

        await home.Locator("h1", new() { HasText = name }).WaitForAsync();
        (await home.GetByRole(AriaRole.Complementary, new() { Name = "Palette" }).IsVisibleAsync()).ShouldBeTrue();
        (await home.GetByRole(AriaRole.Region, new() { Name = "Canvas" }).IsVisibleAsync()).ShouldBeTrue();
        (await home.GetByRole(AriaRole.Complementary, new() { Name = "Properties" }).IsVisibleAsync()).ShouldBeTrue();
        await Pages.ScreenshotAsync(home, "topology-editor");
    }
}
