using InfraDesigner.Web.Accounts;
using InfraDesigner.Web.Mediation;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace InfraDesigner.Web.Components.Groups;

/// <summary>The groups: make one, see who is in each, add and take out members of the ones you manage.</summary>
public partial class GroupsPage
{
    private IReadOnlyList<GroupView> _groups = [];
    private string _name = "";
    private Dictionary<string, string> _errors = [];
    private readonly Dictionary<Guid, string> _emails = [];
    private readonly Dictionary<Guid, string> _memberErrors = [];

    [Inject] private GroupAdministration Admin { get; set; } = default!;
    [Inject] private ISnackbar Toasts { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;

    protected override async Task OnInitializedAsync() => _groups = await Admin.ListAsync();

    private async Task MakeAsync()
    {
        try
        {
            var made = await Admin.CreateAsync(_name);
            (_errors, _name) = ([], "");
            Toasts.Add($"Made the group {made.Name}.", Severity.Success);
            _groups = await Admin.ListAsync();
        }
        catch (RequestValidationException invalid)
        {
            _errors = invalid.ByField();
        }
    }

    private string EmailFor(GroupView group) => _emails.GetValueOrDefault(group.Id, "");

    private async Task SetAsync(GroupView group, string email, bool member)
    {
        try
        {
            await Admin.SetMemberAsync(group.Id, email, member);
            _memberErrors.Remove(group.Id);
            if (member) _emails[group.Id] = "";
            _groups = await Admin.ListAsync();
        }
        catch (RequestValidationException invalid)
        {
            _memberErrors[group.Id] = invalid.Errors[0].Message;
        }
    }

    private async Task DeleteAsync(GroupView group)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync($"Delete {group.Name}?",
            $"Its {group.MemberCount} member(s) lose what was shared with the group (not what was shared with them).", yesText: "Delete", cancelText: "Keep it");
        if (confirmed != true) return;
        if (await Admin.DeleteAsync(group.Id)) Toasts.Add($"Deleted {group.Name}.", Severity.Info);
        _groups = await Admin.ListAsync();
    }
}
