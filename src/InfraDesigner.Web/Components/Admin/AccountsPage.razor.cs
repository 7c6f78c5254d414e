using InfraDesigner.Web.Accounts;
using InfraDesigner.Web.Components.Fields;
using InfraDesigner.Web.Mediation;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace InfraDesigner.Web.Components.Admin;

/// <summary>The admins' page: every account with its role (changed in place), and a form to add one.</summary>
public partial class AccountsPage
{
    private static readonly IReadOnlyList<SelectOption<string>> RoleOptions = [.. Roles.All.Select(role => new SelectOption<string>(role, role))];

    private IReadOnlyList<AccountView> _accounts = [];
    private string _email = "";
    private string _password = "";
    private string _role = Roles.Trainee;
    private Dictionary<string, string> _errors = [];

    [Inject] private AccountAdministration Administration { get; set; } = default!;
    [Inject] private CurrentUser User { get; set; } = default!;
    [Inject] private ISnackbar Toasts { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        if (User.IsAdmin) await Reload();
    }

    private async Task Reload() => _accounts = await Administration.ListAsync();

    private async Task AddAsync()
    {
        try
        {
            var added = await Administration.CreateAsync(_email, _password, _role);
            Toasts.Add($"Added {added.Email} as {_role}.", Severity.Success);
            (_errors, _email, _password) = ([], "", "");
            await Reload();
        }
        catch (RequestValidationException invalid)
        {
            _errors = invalid.ByField();
        }
    }

    private async Task ChangeRoleAsync(AccountView account, string role)
    {
        try
        {
            await Administration.ChangeRoleAsync(account.Id, role);
            Toasts.Add($"{account.Email} is now {role}.", Severity.Success);
        }
        catch (RequestValidationException invalid)
        {
            Toasts.Add(invalid.Errors[0].Message, Severity.Warning);
        }
        await Reload();
    }
}
