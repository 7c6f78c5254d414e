using InfraDesigner.E2E.Support;

namespace InfraDesigner.E2E.Editor;

/// <summary>Renaming elements in the properties panel, alone and while someone else renames them too.</summary>
public sealed class RenamingTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [BrowserTheory]
    [InlineData("zones-firewall", "sap")]
    [InlineData("web-lb", "router")]
    public async Task An_element_named_like_its_kind_or_role_can_be_renamed(string sample, string name)
    {
        var id = await fixture.CreateFromSampleAsync(sample);
        var editor = await EditorPage.OpenAsync(fixture, $"/topologies/{id}");
        await editor.SelectAsync(name);

        await editor.SetFieldAsync(editor.DataField("name"), name + "2");

        await editor.Node(name + "2").WaitForAsync();
        (await editor.MessageAt("name").CountAsync()).ShouldBe(0);
        (await editor.Node(name).CountAsync()).ShouldBe(0);
        await using var other = new OtherAppInstance(fixture.App);
        (await other.ElementAsync(id, name + "2")).ShouldNotBeNull();
        await Pages.ScreenshotAsync(editor.Page, $"editor-renamed-{name}");
    }

    [BrowserFact]
    public async Task Renaming_an_element_someone_else_just_renamed_says_it_was_renamed_and_shows_their_name()
    {
        var id = await fixture.CreateFromSampleAsync("zones-firewall");
        var editor = await EditorPage.OpenAsync(fixture, $"/topologies/{id}");
        await editor.SelectAsync("app-a");
        await using var other = new OtherAppInstance(fixture.App);
        await other.RenameElementAsync(id, "app-a", "app-x");

        var name = editor.DataField("name");
        await name.FillAsync("app-y");
        await name.PressAsync("Tab");

        await editor.Page.Locator("[data-testid=save-status].save-conflict").WaitForAsync(new() { Timeout = 15_000 });
        (await editor.Page.GetByTestId("save-message").InnerTextAsync())
            .ShouldBe("app-a was renamed to app-x by someone else; your change was not saved.");
        await editor.Node("app-x").WaitForAsync();
        (await editor.LinksBetween("app-x", "switch").CountAsync()).ShouldBe(1);
        (await editor.Node("app-y").CountAsync()).ShouldBe(0);
        (await other.ElementAsync(id, "app-y")).ShouldBeNull();
        await Pages.ScreenshotAsync(editor.Page, "editor-conflict-renamed");
    }
}
