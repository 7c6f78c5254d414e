using InfraDesigner.Web.Accounts;
using InfraDesigner.Web.Components.Fields;
using InfraDesigner.Web.Features.Topologies;
using InfraDesigner.Web.Mediation;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace InfraDesigner.Web.Components.Sharing;

public partial class ShareDialog
{
    private static readonly IReadOnlyList<SelectOption<string>> Levels =
        [new(TopologyAccessNames.Viewer, "Viewer: sees it and asks questions"), new(TopologyAccessNames.Editor, "Editor: also changes it")];

    private static readonly IReadOnlyList<SelectOption<bool>> Targets = [new(false, "An account"), new(true, "A group")];

    private IReadOnlyList<ShareView> _shares = [];
    private IReadOnlyList<SelectOption<string>> _groups = [];
    private bool _withGroup;
    private string _group = "";
    private Dictionary<string, string> _errors = [];
    private string _email = "";
    private string _access = TopologyAccessNames.Viewer;

    [Parameter, EditorRequired] public Guid TopologyId { get; set; }
    [Parameter] public bool Open { get; set; }
    [Parameter] public EventCallback<bool> OpenChanged { get; set; }

    [Inject] private ISender Sender { get; set; } = default!;
    [Inject] private ISnackbar Toasts { get; set; } = default!;
    [Inject] private GroupAdministration Groups { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        if (!Open) return;
        _shares = await Sender.Send(new ListShares(TopologyId)) ?? [];
        _groups = [.. (await Groups.ListAsync()).Select(g => new SelectOption<string>(g.Name, $"{g.Name} ({g.MemberCount} members)"))];
    }

    private async Task ShareAsync()
    {
        if (await SendAsync(_withGroup ? null : _email, _withGroup ? _group : null, _access)) (_email, _group) = ("", "");
    }

    private static string Who(ShareView share) => share.Group is { } group ? $"group {group}" : share.Email ?? "";

    private async Task<bool> SendAsync(string? email, string? group, string access)
    {
        try
        {
            await Sender.Send(new ShareTopology(TopologyId, email, access, group));
            _errors = [];
            var who = group is null ? email!.Trim() : $"Group {group}";
            Toasts.Add(access == TopologyAccessNames.None ? $"{who} no longer has access." : $"{who} is now {access}.", Severity.Success);
            _shares = await Sender.Send(new ListShares(TopologyId)) ?? [];
            return true;
        }
        catch (RequestValidationException invalid)
        {
            _errors = invalid.ByField();
            return false;
        }
    }
}
