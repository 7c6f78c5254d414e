using InfraDesigner.Domain;
using InfraDesigner.Domain.Network;
using InfraDesigner.Web.Components.Reachability;
using InfraDesigner.Web.Components.Fields;
using InfraDesigner.Web.Features.Editing;
using InfraDesigner.Web.Features.Reachability;
using Microsoft.AspNetCore.Components;

namespace InfraDesigner.Web.Components.Intents;

/// <summary>Lists, adds and deletes the open topology's intents; <see cref="IntentWatch"/> checks them.</summary>
public partial class IntentsPanel : IDisposable
{
    private static IReadOnlyList<SelectOption<string>> Protocols => ProtocolChoices.All;
    private static readonly IReadOnlyList<SelectOption<bool>> Expectations = [new(true, "must reach"), new(false, "must not reach")];

    private string _from = "";
    private string _to = "";
    private bool _mustReach = true;
    private string _protocol = "tcp";
    private double? _port;
    private bool _busy;
    private Dictionary<string, string> _errors = [];

    [Inject] private EditingSession Session { get; set; } = default!;
    [Inject] private IntentWatch Watch { get; set; } = default!;

    /// <summary>Asks a question in the Ask tab and draws it.</summary>
    [Parameter] public EventCallback<string> AskRequested { get; set; }

    private int Holding => Watch.Results.Count(r => r.Holds);

    private string HoldingText => (Holding, Watch.Results.Count) switch
    {
        (1, 1) => "The intent holds",
        (0, 1) => "The intent does not hold",
        var (held, all) when held == all => $"All {all} intents hold",
        var (held, all) => $"{held} of {all} intents hold",
    };

    private IReadOnlyList<SelectOption<string>> Elements =>
        [new("", "Choose an element"), .. (Session.Topology?.Elements ?? []).Select(e => e.Name).Order(StringComparer.Ordinal).Select(n => new SelectOption<string>(n, n))];

    protected override async Task OnInitializedAsync()
    {
        Watch.Changed += OnChanged;
        await Watch.EnsureCheckedAsync();
    }

    private void OnChanged() => _ = InvokeAsync(StateHasChanged);

    private string? ErrorAt(string field) => _errors.GetValueOrDefault(field);

    private async Task AddAsync()
    {
        _errors = [];
        if (_from.Length == 0) _errors["from"] = "Choose the element the flow starts at.";
        if (_to.Length == 0) _errors["to"] = "Choose the element the flow goes to.";
        if (_errors.Count > 0) return;
        var protocol = Enum.Parse<Protocol>(_protocol, ignoreCase: true);
        var intent = IntentNames.New(_from, _to, protocol, protocol == Protocol.Icmp ? null : (int?)_port, _mustReach);
        if (Session.Topology!.Intents.Any(i => i.Name == intent.Name))
        {
            _errors[""] = $"There is already the intent \"{intent.Name}\".";
            return;
        }
        _busy = true;
        try
        {
            var outcome = await Session.ApplyAsync(t => TopologyEdits.AddIntent(t, intent));
            foreach (var problem in outcome.Problems)
                _errors[FieldOf(problem.Path)] = problem.Message;
            if (outcome.Applied) (_from, _to, _port) = ("", "", null);
        }
        finally
        {
            _busy = false;
        }
    }

    private Task DeleteAsync(string name) =>
        Session.ApplyAsync(t => TopologyEdits.DeleteIntent(t, name));

    private Task TraceAsync(IntentResult result) =>
        AskRequested.InvokeAsync(QuestionWords.CanReach(result.From, result.To, result.Protocol, result.Port));

    private static string FieldOf(string path) => path.Split('.') is [.., var last] && last is "from" or "to" or "port" ? last : "";

    public void Dispose() => Watch.Changed -= OnChanged;
}
