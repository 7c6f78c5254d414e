using Microsoft.Playwright;

namespace InfraDesigner.E2E.Support;

/// <summary>The .NET 10 reconnect dialog (Components/Layout/ReconnectModal.razor): a &lt;dialog&gt; the Blazor script opens when the circuit's connection drops.</summary>
public sealed class ReconnectDialog(IPage page)
{
    private ILocator Dialog => page.Locator("dialog#components-reconnect-modal");

    public ILocator Button(string name) => Dialog.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    /// <summary>Waits until the dialog is open, whichever state it shows.</summary>
    public Task WaitUntilOpenAsync() => page.Locator("dialog#components-reconnect-modal[open]").WaitForAsync(new() { Timeout = 30_000 });

    /// <summary>Waits until the dialog is open and shows a line containing <paramref name="text"/>.</summary>
    public Task WaitUntilSayingAsync(string text, float timeout = 30_000) =>
        Dialog.GetByText(text).WaitForAsync(new() { Timeout = timeout });

    public Task WaitUntilClosedAsync() => Dialog.WaitForAsync(new() { State = WaitForSelectorState.Hidden, Timeout = 30_000 });
}
