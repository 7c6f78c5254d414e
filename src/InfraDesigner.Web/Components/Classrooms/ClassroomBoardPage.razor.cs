using InfraDesigner.Web.Features.Classrooms;
using InfraDesigner.Web.Features.Editing;
using InfraDesigner.Web.Localization;
using InfraDesigner.Web.Mediation;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace InfraDesigner.Web.Components.Classrooms;

/// <summary>
/// Keeps the board live: a join or the end reloads it; an edit stored on a trainee's copy grades that trainee again
/// (one grading at a time per trainee, and once more if edits came in meanwhile).
/// </summary>
public partial class ClassroomBoardPage : IDisposable
{
    private ClassroomBoard? _board;
    private bool _missing;
    private IDisposable? _news;
    private ClassroomTeaching? _teaching;
    private TraineeProgress? _faultFor;
    private readonly Dictionary<Guid, IDisposable> _copies = [];
    private readonly HashSet<Guid> _grading = [];
    private readonly HashSet<Guid> _again = [];

    [Parameter] public Guid Id { get; set; }

    [Inject] private ISender Sender { get; set; } = default!;
    [Inject] private ClassroomNews News { get; set; } = default!;
    [Inject] private TopologyBroadcaster Edits { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Toasts { get; set; } = default!;

    private string JoinAddress => _board is null ? "" : $"{Navigation.BaseUri}join/{_board.Classroom.Code}";

    protected override async Task OnInitializedAsync()
    {
        _news = News.Subscribe(Id, notice => _ = InvokeAsync(ReloadAsync));
        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        _board = await Sender.Send(new GetClassroomBoard(Id, Languages.Current));
        _missing = _board is null;
        foreach (var trainee in _board?.Trainees ?? [])
            if (!_copies.ContainsKey(trainee.TopologyId))
            {
                var seatId = trainee.SeatId;
                _copies[trainee.TopologyId] = Edits.Subscribe(trainee.TopologyId, edit => _ = InvokeAsync(() => GradeAsync(seatId)));
            }
        StateHasChanged();
    }

    private async Task GradeAsync(Guid seatId)
    {
        // Edits that arrive while a trainee is being graded ask for one more round, not one each.
        if (!_grading.Add(seatId))
        {
            _again.Add(seatId);
            return;
        }
        try
        {
            do
            {
                _again.Remove(seatId);
                if (await Sender.Send(new GetTraineeProgress(Id, seatId, Languages.Current)) is { } progress && _board is not null)
                    _board = _board.With(progress);
                StateHasChanged();
            }
            while (_again.Contains(seatId));
        }
        finally
        {
            _grading.Remove(seatId);
        }
    }

    private async Task ShowHintsAsync(bool shown)
    {
        await Sender.Send(new ShowClassroomHints(Id, shown));
        await ReloadAsync();
    }

    private async Task EndAsync()
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(L["Classroom.EndTitle"], L["Classroom.EndText"], yesText: L["Classroom.End"], cancelText: L["Classroom.KeepOpen"]);
        if (confirmed != true) return;
        await Sender.Send(new EndClassroom(Id));
        Toasts.Add(L["Classroom.Ended"], Severity.Info);
        await ReloadAsync();
    }

    public void Dispose()
    {
        _news?.Dispose();
        foreach (var copy in _copies.Values) copy.Dispose();
    }
}
