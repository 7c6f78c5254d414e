using InfraDesigner.E2E.Support;
using Microsoft.Playwright;

namespace InfraDesigner.E2E.Accounts;

/// <summary>An admin sets up a class: adds a trainee (after a too-short password), then makes them a trainer.</summary>
public sealed class AccountsPageTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [BrowserFact]
    public async Task An_admin_adds_an_account_on_the_page_and_changes_its_role_in_place()
    {
        var page = await fixture.OpenAsync();
        await Pages.WaitForCircuitAsync(page);
        await page.GetByTestId("nav-accounts").ClickAsync();
        await page.GetByTestId("account-form").WaitForAsync();
        await Pages.WaitForCircuitAsync(page);

        var email = $"kim-{Guid.NewGuid():N}"[..12] + "@example.com";
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync("short1");
        await page.GetByTestId("add-account").ClickAsync();
        await page.GetByText("Passwords must be at least 10 characters.").WaitForAsync();

        await page.GetByLabel("Password").FillAsync("class-of-2027");
        await page.GetByTestId("add-account").ClickAsync();
        await page.GetByText($"Added {email} as trainee.").WaitForAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = email });
        await Assertions.Expect(row).ToHaveCountAsync(1);

        await row.GetByTestId("account-role").ChooseAsync("trainer");
        await page.GetByText($"{email} is now trainer.").WaitForAsync();
        await Pages.ScreenshotAsync(page, "admin-accounts");
    }
}
