using InfraDesigner.Web.Components.Fields;
using InfraDesigner.Web.Features.Reachability;
using InfraDesigner.Web.Interop;
using InfraDesigner.Web.Mediation;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace InfraDesigner.Web.Components.Reachability;

/// <summary>
/// Asks the topology "can A reach B on port N?" in words (English or Korean) or by fields, and shows verdict, paths and
/// fixes; "can A reach B?" adds each service of B, and "what can reach B?" / "what can A reach?" list every flow. The
/// question and its answer live in <see cref="AnswerOnCanvas"/>, so they survive the tab closing and follow edits.
/// </summary>
public partial class AskPanel : IAsyncDisposable
{
    private static IReadOnlyList<SelectOption<string>> Protocols => ProtocolChoices.All;

    private string _question = "";
    private string _from = "";
    private string _to = "";
    private double? _port;
    private string _protocol = "tcp";
    private bool _busy;
    private PacketPlayerInterop? _player;

    [Inject] private ISender Sender { get; set; } = default!;
    [Inject] private AnswerOnCanvas Canvas { get; set; } = default!;
    [Inject] private IJSRuntime Js { get; set; } = default!;

    [Parameter, EditorRequired] public Guid TopologyId { get; set; }

    /// <summary>A question to ask as soon as the panel opens (a deep link, or the canvas's menu).</summary>
    [Parameter] public string? Question { get; set; }

    /// <summary>Grows with each request to ask <see cref="Question"/>, so the same question asked again is asked again.</summary>
    [Parameter] public int QuestionSerial { get; set; }

    /// <summary>The panel sits beside the canvas: answers are drawn there, with the packet controls and hop details here.</summary>
    [Parameter] public bool OnCanvas { get; set; }

    /// <summary>Opens a firewall rule (the deciding one, or one a hop matched) in the rules editor.</summary>
    [Parameter] public EventCallback<RuleView> RuleRequested { get; set; }

    /// <summary>Makes a fix's change in the open topology (the editor's session); the answer is asked again once it is stored. Without it fixes are only listed.</summary>
    [Parameter] public Func<FixView, Task<bool>>? ApplyFix { get; set; }

    private Task ApplyAsync(FixView fix) => ApplyFix!(fix);

    protected override void OnInitialized()
    {
        if (Canvas.TopologyId != TopologyId) Canvas.Clear();
        ShowForm();
        Canvas.AnswerChanged += OnAnswerChanged;
        Canvas.PickChanged += OnPickChanged;
    }

    protected override async Task OnParametersSetAsync()
    {
        if (!string.IsNullOrWhiteSpace(Question) && (Question, QuestionSerial) != Canvas.DeepLink)
        {
            Canvas.DeepLink = (Question, QuestionSerial);
            _question = Question;
            await AskInWords();
        }
    }

    private Task AskInWords()
    {
        var (id, question) = (TopologyId, _question);
        return Ask(async () =>
        {
            var asked = await Sender.Send(new AskReachability(id, question));
            if (asked is not { Parsed: var parsed }) return null;
            // The fields show the flow traced: for "can PC1 reach PC2?" that is the ping.
            var protocol = asked.Answer?.Question.Protocol ?? parsed.Protocol;
            var form = new AskForm(question, parsed.From ?? "", parsed.To ?? "", parsed.Port, Protocols.Any(p => p.Value == protocol) ? protocol : "tcp");
            return new AskOutcome(form, asked, asked.Answer);
        });
    }

    private Task AskByFields()
    {
        var (id, form) = (TopologyId, CurrentForm);
        return Ask(async () =>
            await Sender.Send(new TraceReachability(id, form.From, form.To, form.Port is { } p ? (int)p : null, form.Protocol)) is { } answer
                ? new AskOutcome(form, null, answer)
                : null);
    }

    private AskForm CurrentForm => new(_question, _from, _to, _port, _protocol);

    private async Task Ask(Func<Task<AskOutcome?>> question)
    {
        _busy = true;
        try
        {
            await Canvas.AskAsync(TopologyId, CurrentForm, question);
        }
        finally
        {
            _busy = false;
        }
    }

    private void ShowForm() => (_question, _from, _to, _port, _protocol) = Canvas.Form;

    private void Clear() => Canvas.Clear();

    private async Task PickAsync(HopRef? hop)
    {
        Canvas.Pick(hop);
        if (OnCanvas && hop is not null) await (_player ??= new PacketPlayerInterop(Js)).SeekAsync(hop.Key);
    }

    private void OnAnswerChanged() => _ = InvokeAsync(() =>
    {
        ShowForm();
        StateHasChanged();
    });

    private void OnPickChanged() => _ = InvokeAsync(StateHasChanged);

    // For "can PC1 reach PC2?" the verdict, fixes and paths are the ping's; the services have their own table.
    private bool IsPing => Canvas.Asked?.Kind == "services";

    private string PathTitle(ReachabilityAnswer answer, int index) =>
        (answer.Paths.Count, IsPing) switch
        {
            (1, false) => L["Ask.Path"],
            (1, true) => L["Ask.PingPath"],
            (_, false) => L["Ask.PathOf", index + 1, answer.Paths.Count],
            _ => L["Ask.PingPathOf", index + 1, answer.Paths.Count],
        };

    public async ValueTask DisposeAsync()
    {
        Canvas.AnswerChanged -= OnAnswerChanged;
        Canvas.PickChanged -= OnPickChanged;
        if (_player is not null) await _player.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
