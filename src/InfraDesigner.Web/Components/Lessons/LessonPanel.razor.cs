using InfraDesigner.Domain.Lessons;
using InfraDesigner.Simulation.Exercises;
using InfraDesigner.Web.Features.Classrooms;
using InfraDesigner.Web.Mediation;
using InfraDesigner.Web.Features.Lessons;
using InfraDesigner.Web.Localization;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace InfraDesigner.Web.Components.Lessons;

/// <summary>The Lesson tab of a topology started from a lesson; <see cref="ExerciseWatch"/> grades it.</summary>
public partial class LessonPanel : IDisposable
{
    private string _language = Languages.Current;
    private bool _hints;
    private bool _solution;

    private ClassroomSeat? _seat;
    private IDisposable? _classroomNews;

    [Inject] private ExerciseWatch Watch { get; set; } = default!;
    [Inject] private ISender Sender { get; set; } = default!;
    [Inject] private ClassroomNews News { get; set; } = default!;
    [Inject] private ISnackbar Toasts { get; set; } = default!;

    /// <summary>The open topology; when it is a trainee's copy in a classroom, the trainer decides whether hints show.</summary>
    [Parameter, EditorRequired] public Guid TopologyId { get; set; }

    /// <summary>The lesson of the open topology.</summary>
    [Parameter, EditorRequired] public Lesson Lesson { get; set; } = default!;

    /// <summary>Asks a question in the Ask tab and draws it.</summary>
    [Parameter] public EventCallback<string> AskRequested { get; set; }

    private Language Language => _language == "ko" ? Language.Ko : Language.En;

    private (Lesson Lesson, ExerciseGrade Grade, Language Language, ExerciseView View)? _shown;

    // Read many times per render; made again only when the grade, the lesson or the language changed.
    private ExerciseView View =>
        _shown is var (lesson, grade, language, view) && ReferenceEquals(lesson, Lesson) && ReferenceEquals(grade, Watch.Results) && language == Language
            ? view
            : (_shown = (Lesson, Watch.Results, Language, ExerciseView.Of(Lesson, Watch.Results, Language))).Value.View;

    private string ProgressText => View switch
    {
        { Passed: true } => Language == Language.Ko ? "통과했습니다: 모든 검사가 맞습니다" : "Passed: every check holds",
        var view when Language == Language.Ko => $"{view.Checks.Count}개 중 {view.Checks.Count(c => c.Holds)}개 맞음 ({view.Percent}%)",
        var view => $"{view.Checks.Count(c => c.Holds)} of {view.Checks.Count} checks hold ({view.Percent}%)",
    };

    private bool HintsAllowed => _seat is not { HintsShown: false };

    protected override async Task OnInitializedAsync()
    {
        Watch.Changed += OnChanged;
        _seat = await Sender.Send(new GetClassroomSeat(TopologyId));
        if (_seat is { } seat) _classroomNews = News.Subscribe(seat.ClassroomId, notice => _ = InvokeAsync(ReadSeatAsync));
        await Watch.EnsureCheckedAsync();
    }

    private async Task ReadSeatAsync()
    {
        var before = _seat;
        _seat = await Sender.Send(new GetClassroomSeat(TopologyId));
        if (_seat is { Note: { } note } seat && seat.NoteAt != before?.NoteAt)
            Toasts.Add($"{L["Classroom.FromTrainer"]} {note}", Severity.Info, options => options.VisibleStateDuration = 10_000);
        if (_seat?.ShownTopologyId is not null && before?.ShownTopologyId != _seat.ShownTopologyId)
            Toasts.Add(L["Classroom.TrainerShows"], Severity.Normal);
        StateHasChanged();
    }

    private void OnChanged() => _ = InvokeAsync(StateHasChanged);

    public void Dispose()
    {
        Watch.Changed -= OnChanged;
        _classroomNews?.Dispose();
    }
}
