using InfraDesigner.Web.Components.Fields;
using InfraDesigner.Web.Features.Tokens;
using InfraDesigner.Web.Mediation;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace InfraDesigner.Web.Components.Tokens;

/// <summary>The signed-in account's API tokens: make one (its secret shown once, to copy), see when each was last used, revoke.</summary>
public partial class ApiTokensPage
{
    private static readonly IReadOnlyList<SelectOption<bool>> Accesses = [new(true, "Read-only: read and ask"), new(false, "Read-write: also change")];
    private static readonly IReadOnlyList<SelectOption<int>> Lifetimes = [new(7, "7 days"), new(30, "30 days"), new(90, "90 days"), new(CreateApiToken.MaxDays, "1 year")];

    private IReadOnlyList<ApiTokenView> _tokens = [];
    private string _name = "";
    private bool _readOnly = true;
    private int _days = 90;
    private Dictionary<string, string> _errors = [];
    private NewApiToken? _made;

    [Inject] private ISender Sender { get; set; } = default!;
    [Inject] private ISnackbar Toasts { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private IJSRuntime Js { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    protected override Task OnInitializedAsync() => Reload();

    private async Task Reload() => _tokens = await Sender.Send(new ListApiTokens());

    private async Task MakeAsync()
    {
        try
        {
            _made = await Sender.Send(new CreateApiToken(_name, _readOnly, _days));
            (_errors, _name) = ([], "");
            await Reload();
        }
        catch (RequestValidationException invalid)
        {
            _errors = invalid.ByField();
        }
    }

    private async Task CopyAsync()
    {
        await Js.InvokeVoidAsync("navigator.clipboard.writeText", _made!.Secret);
        Toasts.Add("Copied the token.", Severity.Info);
    }

    private async Task RevokeAsync(ApiTokenView token)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync("Revoke token?",
            $"Programs using {token.Name} ({token.Prefix}…) are refused from their next request. This cannot be undone.",
            yesText: "Revoke", cancelText: "Keep it");
        if (confirmed != true) return;
        if (await Sender.Send(new RevokeApiToken(token.Id))) Toasts.Add($"Revoked {token.Name}.", Severity.Info);
        if (_made?.Token.Id == token.Id) _made = null;
        await Reload();
    }

    private bool Expired(ApiTokenView token) => token.ExpiresAt <= Clock.GetUtcNow();

    private static string Day(DateTimeOffset at) => at.ToString("yyyy-MM-dd");
}
