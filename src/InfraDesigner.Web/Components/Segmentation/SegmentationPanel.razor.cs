using InfraDesigner.Domain.Topologies;
using InfraDesigner.Web.Components.Reachability;
using InfraDesigner.Web.Components.Fields;
using InfraDesigner.Web.Features.Reachability;
using InfraDesigner.Web.Mediation;
using Microsoft.AspNetCore.Components;

namespace InfraDesigner.Web.Components.Segmentation;

/// <summary>
/// The segmentation matrix (zone × zone, or element × element) for chosen ports as a heatmap, as Batfish's
/// filterReachability answers it; checked again whenever the topology changes while it is shown.
/// </summary>
public partial class SegmentationPanel
{
    private const string NoFlows = "NoFlows";
    private const string NoRows = "No zone holds an addressed server or client yet; put elements in zones, or check between elements.";

    private static IReadOnlyList<SelectOption<string>> Protocols => ProtocolChoices.All;
    private static readonly IReadOnlyList<SelectOption<bool>> Scopes = [new(false, "Zones"), new(true, "Elements")];

    private string _ports = "";
    private string _protocol = "tcp";
    private bool _byElement;
    private string? _portsError;
    private string? _error;
    private bool _busy;
    private MatrixView? _matrix;
    private int _port;
    private Topology? _checked;

    [Inject] private ISender Sender { get; set; } = default!;

    [Parameter, EditorRequired] public Guid TopologyId { get; set; }

    /// <summary>The topology as drawn; a change while a matrix is shown checks it again.</summary>
    [Parameter, EditorRequired] public Topology Topology { get; set; } = default!;

    /// <summary>Asks a question in the Ask tab and draws it ("can app-a reach sap on port 3300?").</summary>
    [Parameter] public EventCallback<string> AskRequested { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        if (_matrix is not null && !ReferenceEquals(_checked, Topology) && !_busy)
            await CheckAsync();
    }

    private async Task CheckAsync()
    {
        (_portsError, _error) = (null, null);
        if (!MatrixPorts.TryParse(_ports, out var ports, out var refused))
        {
            _portsError = refused;
            return;
        }
        _busy = true;
        _checked = Topology;
        try
        {
            var elements = _byElement ? EndElements(Topology) : null;
            _matrix = await Sender.Send(new GetSegmentationMatrix(TopologyId, ports, _protocol, elements));
            if (_matrix is { Ports: var shown } && !shown.Contains(_port)) _port = shown.FirstOrDefault();
        }
        catch (RequestValidationException invalid)
        {
            _portsError = string.Join(" ", invalid.Errors.Where(e => e.Path.StartsWith("ports", StringComparison.Ordinal)).Select(e => e.Message)) is { Length: > 0 } p ? p : null;
            _error = string.Join(" ", invalid.Errors.Where(e => !e.Path.StartsWith("ports", StringComparison.Ordinal)).Select(e => e.Message)) is { Length: > 0 } other ? other : null;
            _matrix = null;
        }
        finally
        {
            _busy = false;
        }
    }

    /// <summary>The elements that send and receive (not the switches, routers and firewalls that carry the traffic).</summary>
    private static List<string> EndElements(Topology topology) =>
        topology.Elements.Where(e => e.Kind is not (ElementKind.Switch or ElementKind.Router or ElementKind.Firewall or ElementKind.Cluster)
                && e.Interfaces.Any(i => i.Address is not null))
            .Select(e => e.Name).ToList();

    private MatrixCellView? CellOf(string from, string to) =>
        _matrix!.Cells.FirstOrDefault(c => c.From == from && c.To == to && c.Port == _port);

    private static string Symbol(MatrixCellView cell) => cell.Verdict switch
    {
        "Allowed" => "✓",
        "Partial" => "◐",
        _ => "✕",
    };

    private string Describe(MatrixCellView cell) =>
        $"{cell.From} → {cell.To} on {_port}/{_matrix!.Protocol}: {cell.Accepted} of {cell.Checked} flows reachable" +
        (cell.Example is { } example ? $"; for example {example} ({Words(cell.ExampleDisposition)}). Click to trace it." : ".");

    private string NoFlowsText(string from, string to) => $"{from} → {to}: nothing in {to} listens on {_port}/{_matrix!.Protocol}.";

    private static string Words(string? disposition) => disposition switch
    {
        null => "no answer",
        "Accepted" => "reachable",
        _ => string.Concat(disposition.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString())).ToLowerInvariant(),
    };

    private Task TraceAsync(MatrixCellView cell)
    {
        if (cell is not { ExampleSource: { } source, ExampleDestination: { } destination }) return Task.CompletedTask;
        return AskRequested.InvokeAsync(QuestionWords.CanReach(source, destination, _matrix!.Protocol, _matrix.Protocol == "icmp" ? null : _port));
    }
}
