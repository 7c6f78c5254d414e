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

    private IReadOnlyList<ShareView> _shares = [];
    private Dictionary<string, string> _errors = [];
    private string _email = "";
    private string _access = TopologyAccessNames.Viewer;

    [Parameter, EditorRequired] public Guid TopologyId { get; set; }
    [Parameter] public bool Open { get; set; }
    [Parameter] public EventCallback<bool> OpenChanged { get; set; }

    [Inject] private ISender Sender { get; set; } = default!;
    [Inject] private ISnackbar Toasts { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        if (Open) _shares = await Sender.Send(new ListShares(TopologyId)) ?? [];
    }

    private async Task ShareAsync()
    {
        if (await SendAsync(_email, _access)) _email = "";
    }

    private async Task<bool> SendAsync(string email, string access)
    {
        try
        {
            await Sender.Send(new ShareTopology(TopologyId, email, access));
            _errors = [];
            Toasts.Add(access == TopologyAccessNames.None ? $"{email} no longer has access." : $"{email.Trim()} is now a {access}.", Severity.Success);
            _shares = await Sender.Send(new ListShares(TopologyId)) ?? [];
            return true;
        }
        catch (RequestValidationException invalid)
        {
            _errors = invalid.Errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.First().Message);
            return false;
        }
    }
}
