using System.Net.Http.Json;
using InfraDesigner.E2E.Support;
using Microsoft.Playwright;

namespace InfraDesigner.E2E.Sharing;

/// <summary>A trainer's routine: make a class group, put a trainee in it, share a topology with the class; the trainee then finds it.</summary>
public sealed class GroupSharingTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [BrowserFact]
    public async Task A_topology_shared_with_a_group_on_the_page_is_listed_for_its_member()
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        var (trainee, password) = ($"trainee-{run}@e2e.invalid", "trainee-password-1");
        using (var admin = fixture.App.CreateClient())
            (await admin.PostAsJsonAsync($"{fixture.App.BaseUrl}/api/accounts", new { email = trainee, password, role = "trainee" })).EnsureSuccessStatusCode();
        var id = await fixture.CreateFromSampleAsync("vlans");
        var group = $"class {run}";

        var page = await fixture.OpenAsync("/groups");
        await page.GetByTestId("group-form").WaitForAsync();
        await page.GetByLabel("Name").FillAsync(group);
        await page.GetByTestId("make-group").ClickAsync();
        var card = page.GetByTestId("group").Filter(new() { HasText = group });
        await card.GetByTestId("member-email").FillAsync(trainee);
        await card.GetByTestId("add-member").ClickAsync();
        await Assertions.Expect(card).ToContainTextAsync("1 member(s)");
        await Assertions.Expect(card).ToContainTextAsync(trainee);
        await Pages.ScreenshotAsync(page, "groups");

        await page.GotoAsync($"{fixture.App.BaseUrl}/topologies/{id}");
        await Pages.WaitForCircuitAsync(page);
        await page.GetByTestId("share").ClickAsync();
        var dialog = page.GetByTestId("share-dialog");
        await dialog.GetByTestId("share-target").ChooseAsync("A group");
        await dialog.GetByTestId("share-group").ChooseAsync($"{group} (1 members)");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Share", Exact = true }).ClickAsync();
        await page.GetByText($"Group {group} is now viewer.").WaitForAsync();
        await Assertions.Expect(dialog.GetByRole(AriaRole.Row).Filter(new() { HasText = $"group {group}" })).ToContainTextAsync("viewer");
        await Pages.ScreenshotAsync(page, "share-with-group");

        var context = await fixture.Browser.NewContextAsync();
        (await context.APIRequest.PostAsync($"{fixture.App.BaseUrl}/api/account/login?useCookies=true", new() { DataObject = new { email = trainee, password } })).Ok.ShouldBeTrue();
        var theirs = await context.NewPageAsync();
        await theirs.GotoAsync(fixture.App.BaseUrl);
        await Pages.WaitForCircuitAsync(theirs);
        await theirs.GetByRole(AriaRole.Link, new() { Name = "vlans", Exact = true }).WaitForAsync();
    }
}
