using InfraDesigner.Web.Components.Ui;
using InfraDesigner.Web.Features.Topologies;
using InfraDesigner.Web.Mediation;
using Microsoft.AspNetCore.Components;

namespace InfraDesigner.Web.Components.Pages;

public partial class Home
{
    private IReadOnlyList<TopologySummary>? _topologies;
    private bool _createOpen;
    private string _name = "";
    private string _description = "";
    private IReadOnlyList<FieldError> _errors = [];
    private TopologySummary? _pendingDelete;

    [Inject] private ISender Sender { get; set; } = default!;
    [Inject] private ToastService Toasts { get; set; } = default!;

    protected override async Task OnInitializedAsync() => await Reload();

    private async Task Reload() => _topologies = await Sender.Send(new ListTopologies());

    private string? ErrorFor(string path) => _errors.FirstOrDefault(e => e.Path == path)?.Message;

    private void OpenCreate()
    {
        (_name, _description, _errors) = ("", "", []);
        _createOpen = true;
    }

    private async Task Create()
    {
        try
        {
            var created = await Sender.Send(new CreateTopology(_name, _description));
            _createOpen = false;
            Toasts.Show($"Created {created.Name}.", ToastKind.Success);
            await Reload();
        }
        catch (RequestValidationException invalid)
        {
            _errors = invalid.Errors;
        }
    }

    private async Task Delete()
    {
        if (_pendingDelete is not { } doomed) return;
        _pendingDelete = null;
        if (await Sender.Send(new DeleteTopology(doomed.Id)))
            Toasts.Show($"Deleted {doomed.Name}.", ToastKind.Info);
        await Reload();
    }
}
