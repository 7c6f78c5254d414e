using Microsoft.Playwright;

namespace InfraDesigner.E2E.Support;

/// <summary>Choosing in the app's selects (MudBlazor's), as a user does: open the list, click the option by its text.</summary>
public static class SelectLocatorExtensions
{
    public static async Task ChooseAsync(this ILocator select, string optionText)
    {
        await select.ClickAsync();
        var option = select.Page.Locator(".mud-popover-open .mud-list-item").GetByText(optionText, new() { Exact = true });
        await option.ClickAsync();
        await option.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
    }
}
