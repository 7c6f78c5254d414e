using InfraDesigner.Web.Api;
using InfraDesigner.Web.Components.Fields;
using InfraDesigner.Web.Components.Imports;
using InfraDesigner.Web.Features.Topologies;
using InfraDesigner.Web.Mediation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace InfraDesigner.Web.Components.Pages;

public partial class Home
{
    private IReadOnlyList<TopologySummary>? _topologies;
    private IReadOnlyList<SampleSummary> _samples = [];
    private bool _detailsOpen;
    private TopologySummary? _renaming;
    private string _name = "";
    private string _description = "";
    private IReadOnlyList<FieldError> _errors = [];
    private string? _warnedName;
    private TopologySummary? _pendingDelete;

    /// <summary>The delete question with the topology's name in bold: the name encoded, the rest our own text.</summary>
    private MarkupString DeleteQuestion => new(L["Home.DeleteBody", $"<strong>{System.Net.WebUtility.HtmlEncode(_pendingDelete?.Name)}</strong>"]);
    private bool _dropZoneVisible;
    private readonly FileImport _import = new();

    [Inject] private ISender Sender { get; set; } = default!;
    [Inject] private ISnackbar Toasts { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IOptions<ApiOptions> Api { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _samples = await Sender.Send(new ListSamples());
        await Reload();
    }

    private async Task Reload() => _topologies = await Sender.Send(new ListTopologies());

    private string? ErrorFor(string path) => _errors.FirstOrDefault(e => e.Path == path)?.Message;

    private void OpenCreate() => OpenDetails(null, "", "");

    private void OpenRename(TopologySummary topology) => OpenDetails(topology, topology.Name, topology.Description);

    private void OpenDetails(TopologySummary? renaming, string name, string description)
    {
        (_renaming, _name, _description, _errors, _warnedName) = (renaming, name, description, [], null);
        _detailsOpen = true;
    }

    private string? NameWarning =>
        TopologyNameRules.DuplicateWarning(_name, _topologies ?? [], _renaming?.Id) is { } duplicate
            ? $"{duplicate} {(_renaming is null ? "Create" : "Save")} again to keep both."
            : null;

    /// <summary>Creates the topology and opens it, or renames it; a name another topology has is saved once the user saw the warning.</summary>
    private async Task SaveDetails()
    {
        if (NameWarning is not null && _warnedName != _name.Trim())
        {
            _warnedName = _name.Trim();
            return;
        }
        try
        {
            if (_renaming is null)
            {
                var id = await Sender.Send(new CreateTopology(_name, _description));
                Toasts.Add($"Created {_name.Trim()}.", Severity.Success);
                Navigation.NavigateTo($"topologies/{id}");
                return;
            }
            if (!await Toasts.OrRefusalToastAsync(async () => await Sender.Send(new RenameTopology(_renaming.Id, _name, _description)))) return;
            Toasts.Add($"Renamed to {_name.Trim()}.", Severity.Success);
            _detailsOpen = false;
            await Reload();
        }
        catch (RequestValidationException invalid)
        {
            _errors = invalid.Errors;
        }
    }

    private async Task CreateFromSample(SampleSummary sample)
    {
        if (await Sender.Send(new CreateFromSample(sample.Name)) is { } id)
            Navigation.NavigateTo($"topologies/{id}");
    }

    private async Task Duplicate(TopologySummary topology)
    {
        if (await Sender.Send(new DuplicateTopology(topology.Id)) is not null)
            Toasts.Add($"Duplicated {topology.Name}.", Severity.Success);
        await Reload();
    }

    private async Task Delete()
    {
        if (_pendingDelete is not { } doomed) return;
        _pendingDelete = null;
        if (await Toasts.OrRefusalToastAsync(async () => await Sender.Send(new DeleteTopology(doomed.Id))))
            Toasts.Add($"Deleted {doomed.Name}.", Severity.Info);
        await Reload();
    }

    private void ShowDropZone() => _dropZoneVisible = true;

    private async Task Import(InputFileChangeEventArgs e)
    {
        _dropZoneVisible = false;
        if (await _import.RunAsync(e.File, Api.Value.MaxDocumentBytes, json => Sender.Send(new ImportTopology(json)).AsTask()))
        {
            Toasts.Add($"Imported {e.File.Name}.", Severity.Success);
            await Reload();
        }
    }
}
