using InfraDesigner.Domain.Lessons;
using InfraDesigner.Domain.Lessons.Faults;
using InfraDesigner.Web.Features.Classrooms;
using InfraDesigner.Web.Features.Lessons;
using InfraDesigner.Web.Localization;
using InfraDesigner.Web.Mediation;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace InfraDesigner.Web.Components.Classrooms;

/// <summary>Lists the faults that fit the trainee's copy when it opens, and puts the chosen one in.</summary>
public partial class FaultDialog
{
    private IReadOnlyList<FaultChoice>? _choices;
    private FaultChoice? _chosen;
    private string? _error;
    private Guid? _listedFor;

    [Parameter, EditorRequired] public Guid ClassroomId { get; set; }

    /// <summary>The trainee to break something for; the dialog shows while there is one.</summary>
    [Parameter] public TraineeProgress? Trainee { get; set; }

    [Parameter] public EventCallback<TraineeProgress?> TraineeChanged { get; set; }

    [Inject] private ISender Sender { get; set; } = default!;
    [Inject] private ISnackbar Toasts { get; set; } = default!;

    private static Language Language => LessonLanguage.Parse(Languages.Current);

    protected override async Task OnParametersSetAsync()
    {
        if (Trainee?.SeatId == _listedFor) return;
        (_listedFor, _choices, _chosen, _error) = (Trainee?.SeatId, null, null, null);
        if (Trainee is { } trainee) _choices = await Sender.Send(new ListFaultChoices(ClassroomId, trainee.SeatId));
    }

    private async Task PutAsync()
    {
        if (_chosen is not { } chosen || Trainee is not { } trainee) return;
        try
        {
            if (await Sender.Send(new PutFaultInCopy(ClassroomId, trainee.SeatId, chosen.Fault)))
                Toasts.Add(L["Classroom.FaultDone", trainee.Name], Severity.Success);
            await CloseAsync();
        }
        catch (RequestValidationException refused)
        {
            _error = refused.Errors.First().Message;
        }
    }

    private async Task CloseAsync()
    {
        _listedFor = null;
        await TraineeChanged.InvokeAsync(null);
    }
}
