using InfraDesigner.Web.Components.Canvas;
using InfraDesigner.Web.Components.Panels;
using InfraDesigner.Web.Components.Fields;
using InfraDesigner.Web.Components.Lessons;
using InfraDesigner.Web.Features.Editing;
using InfraDesigner.Web.Features.Reachability;
using InfraDesigner.Web.Features.Topologies;
using InfraDesigner.Web.Mediation;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace InfraDesigner.Web.Components.Pages;

/// <summary>
/// The editor page: palette, canvas and inspector around the circuit's editing session. When the whole
/// topology changes elsewhere (a restored version, a replace through the API) it reloads in place and
/// says what happened.
/// </summary>
public partial class TopologyEditor : IDisposable
{
    private TopologyCanvas? _canvas;
    private PaletteItem? _dragged;
    private string? _selected;
    private TopologySummary? _summary;
    private bool _notFound;
    private int _tab;
    private bool _versionsOpen;
    private bool _shareOpen;
    private string? _question;
    private readonly CanvasPick _pick = new();
    private int _questionSerial;

    [Parameter] public Guid Id { get; set; }

    [Inject] private EditingSession Session { get; set; } = default!;
    [Inject] private ISender Sender { get; set; } = default!;
    [Inject] private TopologyModels Models { get; set; } = default!;
    [Inject] private ILogger<TopologyEditor> Logger { get; set; } = default!;
    [Inject] private ISnackbar Toasts { get; set; } = default!;
    [Inject] private ExerciseWatch Exercise { get; set; } = default!;
    [Inject] private Segmentation.FlowWatch Flows { get; set; } = default!;

    private string? Title => Session.Topology?.Name ?? _summary?.Name;

    protected override void OnInitialized() => Session.ReplacedElsewhere += OnReplacedElsewhere;

    protected override async Task OnParametersSetAsync()
    {
        // The prerendered page is thrown away when the circuit starts: it only asks whether the topology
        // exists, and starts reading it so that the circuit finds it read.
        if (!RendererInfo.IsInteractive)
        {
            _summary = await Sender.Send(new GetTopology(Id));
            _notFound = _summary is null;
            if (!_notFound) _ = Models.OpenAsync(Id).ContinueWith(read => Logger.LogWarning(read.Exception, "Reading topology {Id} ahead failed", Id), TaskContinuationOptions.OnlyOnFaulted);
            return;
        }
        if (Session.Topology is null || Session.TopologyId != Id)
        {
            _notFound = !await Session.OpenAsync(Id);
            _selected = null;
            _tab = Exercise.Lesson is null ? 0 : LessonTab;
            // The flows as opened, so the first edit's toast says what that edit changed.
            if (!_notFound) _ = Flows.EnsureCheckedAsync();
        }
    }

    private async Task AddAsync(PaletteItem item)
    {
        if (_canvas is not null) await _canvas.AddAtCentreAsync(item);
    }

    private void OnReplacedElsewhere(string what) => _ = InvokeAsync(async () =>
    {
        await ReloadAsync();
        Toasts.Add(what, _notFound ? Severity.Warning : Severity.Info);
    });

    /// <summary>The whole topology changed (restored here or elsewhere): take what is stored, keeping the circuit.</summary>
    private async Task ReloadAsync()
    {
        _notFound = !await Session.ReloadAsync();
        StateHasChanged();
    }

    /// <summary>A question from the canvas's context menu: the Ask tab opens and asks it.</summary>
    private void AskAbout(string question)
    {
        (_question, _tab) = (question, AskTab);
        _questionSerial++;
    }

    private const int AskTab = 1;
    private const int LessonTab = 5;

    /// <summary>A fix applied from the Ask tab: one edit of the session (undoable, saved, synced), or a warning why not.</summary>
    private async Task<bool> ApplyFixAsync(FixView fix)
    {
        var outcome = await Session.ApplyAsync(fix.Edit!);
        if (outcome.Problems.Count > 0) Toasts.Add(string.Join(" ", outcome.Problems.Select(p => p.Message)), Severity.Warning);
        return outcome.Applied;
    }

    private RuleFocus? _focusedRule;
    private bool _revealRule;

    /// <summary>A rule from an answer: its firewall selected, the Properties tab open on its rules, the rule marked and scrolled to.</summary>
    private void OpenRule(RuleView rule)
    {
        _focusedRule = new RuleFocus(rule.Firewall, rule.IsDefault ? null : rule.Number);
        _revealRule = true;
        _tab = 0;
        Select(rule.Firewall);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!_revealRule) return;
        _revealRule = false;
        if (_canvas is not null) await _canvas.RevealAsync(".editor-properties .rule-focused");
    }

    private void Select(string? id)
    {
        _selected = id;
        _canvas?.Select(id);
    }

    public void Dispose() => Session.ReplacedElsewhere -= OnReplacedElsewhere;
}
