using System.Net.Http.Json;
using InfraDesigner.E2E.Support;
using Microsoft.Playwright;

namespace InfraDesigner.E2E.Editor;

/// <summary>Whole-topology changes reach every open editor; edits that conflict with another writer say so.</summary>
public sealed class LiveCollaborationTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string TheirDescription = "set by the other app instance";

    [BrowserFact]
    public async Task An_edit_of_an_element_another_app_instance_changed_is_refused_with_its_name_and_shows_their_value()
    {
        var id = await fixture.CreateFromSampleAsync("zones-firewall");
        var editor = await EditorPage.OpenAsync(fixture, $"/topologies/{id}");
        await editor.SelectAsync("app-a");
        var description = editor.Field("Description");
        await description.WaitForAsync();
        await using var other = new OtherAppInstance(fixture.App);
        await other.UpdateElementAsync(id, "app-a", element => element with { Description = TheirDescription });

        await description.FillAsync("my change");
        await description.PressAsync("Tab");

        await editor.Page.Locator("[data-testid=save-status].save-conflict").WaitForAsync(new() { Timeout = 15_000 });
        (await editor.Page.GetByTestId("save-message").InnerTextAsync())
            .ShouldBe("app-a was changed by someone else; your change was not saved. You now see their version.");
        await Assertions.Expect(description).ToHaveValueAsync(TheirDescription);
        await Pages.ScreenshotAsync(editor.Page, "editor-conflict");

        await editor.Page.GetByRole(AriaRole.Button, new() { Name = "Reload the topology", Exact = true }).ClickAsync();
        await editor.SavedAsync();
        (await editor.Page.GetByTestId("save-message").CountAsync()).ShouldBe(0);
        await Assertions.Expect(description).ToHaveValueAsync(TheirDescription);
        (await other.ElementAsync(id, "app-a"))!.Description.ShouldBe(TheirDescription);
    }

    [BrowserFact]
    public async Task Restoring_a_version_in_one_browser_shows_it_in_the_other_without_a_page_reload()
    {
        var id = await fixture.CreateFromSampleAsync("zones-firewall");
        using (var http = fixture.App.CreateClient())
            (await http.PostAsJsonAsync($"{fixture.App.BaseUrl}/api/topologies/{id}/revisions", new { name = "before change" })).EnsureSuccessStatusCode();
        var first = await EditorPage.OpenAsync(fixture, $"/topologies/{id}");
        var second = await EditorPage.OpenAsync(fixture, $"/topologies/{id}");
        await first.SelectAsync("app-a");
        await first.Page.Keyboard.PressAsync("Delete");
        await first.SavedAsync();
        await second.Node("app-a").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await second.Page.EvaluateAsync("() => window.sameDocument = true");

        await first.Page.GetByTestId("versions").ClickAsync();
        await first.Page.GetByRole(AriaRole.Button, new() { Name = "Restore version 1", Exact = true }).ClickAsync();
        await first.Page.GetByRole(AriaRole.Button, new() { Name = "Restore", Exact = true }).ClickAsync();
        await second.Node("app-a").WaitForAsync();

        await second.Page.GetByText("Version 1 \"before change\" was restored by another user.").WaitForAsync();
        (await second.Page.EvaluateAsync<bool>("() => window.sameDocument === true")).ShouldBeTrue("the page was not loaded again");
        await Pages.ScreenshotAsync(second.Page, "editor-restored-elsewhere");
        await first.Node("app-a").WaitForAsync();
        await first.Page.GetByText("Restored version 1 \"before change\".").WaitForAsync();
    }

    [BrowserFact]
    public async Task A_rename_through_the_api_shows_the_new_name_in_an_open_editor()
    {
        var id = await fixture.CreateFromSampleAsync("zones-firewall");
        var editor = await EditorPage.OpenAsync(fixture, $"/topologies/{id}");

        using (var http = fixture.App.CreateClient())
            (await http.PatchAsJsonAsync($"{fixture.App.BaseUrl}/api/topologies/{id}", new { name = "renamed elsewhere" })).EnsureSuccessStatusCode();

        await Assertions.Expect(editor.Page.Locator(".editor-title")).ToHaveTextAsync("renamed elsewhere");
        await editor.Page.GetByText("The topology was renamed to \"renamed elsewhere\" by another user.").WaitForAsync();
    }

    [BrowserFact]
    public async Task Deleting_the_topology_elsewhere_tells_an_open_editor_that_it_is_gone()
    {
        var id = await fixture.CreateFromSampleAsync("zones-firewall");
        var editor = await EditorPage.OpenAsync(fixture, $"/topologies/{id}");

        using (var http = fixture.App.CreateClient())
            (await http.DeleteAsync($"{fixture.App.BaseUrl}/api/topologies/{id}")).EnsureSuccessStatusCode();

        await editor.Page.GetByRole(AriaRole.Heading, new() { Name = "Topology not found", Exact = true }).WaitForAsync();
        await editor.Page.GetByText("The topology was deleted by another user.").WaitForAsync();
        (await editor.Canvas.CountAsync()).ShouldBe(0);
    }
}
