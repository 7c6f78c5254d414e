using InfraDesigner.Data.Store;
using InfraDesigner.Web.Components.Fields;
using InfraDesigner.Web.Features.Topologies;
using InfraDesigner.Web.Mediation;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace InfraDesigner.Web.Components.Revisions;

public partial class VersionsDialog
{
    private IReadOnlyList<RevisionInfo> _revisions = [];
    private string _name = "";
    private string? _error;
    private RevisionInfo? _pendingRestore;

    [Parameter, EditorRequired] public Guid TopologyId { get; set; }
    [Parameter] public bool Open { get; set; }
    [Parameter] public EventCallback<bool> OpenChanged { get; set; }

    /// <summary>The editor the dialog belongs to: it reloads itself on <see cref="Restored"/>, the other editors are told.</summary>
    [Parameter] public Guid? EditingSessionId { get; set; }

    /// <summary>Raised after a version was restored, so the page reloads the topology.</summary>
    [Parameter] public EventCallback Restored { get; set; }

    [Inject] private ISender Sender { get; set; } = default!;
    [Inject] private ISnackbar Toasts { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        if (Open) _revisions = await Sender.Send(new ListRevisions(TopologyId)) ?? [];
    }

    private async Task Save()
    {
        try
        {
            var saved = await Toasts.OrRefusalToastAsync(async () => await Sender.Send(new SaveRevision(TopologyId, _name)));
            (_name, _error) = ("", null);
            if (saved is not null) Toasts.Add($"Saved version {saved.Number} \"{saved.Name}\".", Severity.Success);
            _revisions = await Sender.Send(new ListRevisions(TopologyId)) ?? [];
        }
        catch (RequestValidationException invalid)
        {
            _error = invalid.Errors.FirstOrDefault(e => e.Path == "name")?.Message;
        }
    }

    private async Task Restore()
    {
        if (_pendingRestore is not { } revision) return;
        _pendingRestore = null;
        if (await Toasts.OrRefusalToastAsync(async () => await Sender.Send(new RestoreRevision(TopologyId, revision.Number, EditingSessionId))))
        {
            Toasts.Add($"Restored version {revision.Number} \"{revision.Name}\".", Severity.Success);
            await Restored.InvokeAsync();
            await OpenChanged.InvokeAsync(false);
        }
    }
}
