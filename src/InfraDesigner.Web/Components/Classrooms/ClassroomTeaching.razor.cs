using InfraDesigner.Data.Entities;
using InfraDesigner.Web.Features.Classrooms;
using InfraDesigner.Web.Features.Topologies;
using InfraDesigner.Web.Mediation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace InfraDesigner.Web.Components.Classrooms;

/// <summary>Sends the trainer's hints and shows their canvas; the board reloads from the classroom's news.</summary>
public partial class ClassroomTeaching
{
    private const int MaxNote = ClassroomTraineeRecord.MaxNoteLength;

    private Guid? _to;
    private string _text = "";
    private Dictionary<string, string> _errors = [];
    private IReadOnlyList<TopologySummary> _topologies = [];
    private MudTextField<string>? _textField;

    [Parameter, EditorRequired] public ClassroomBoard Board { get; set; } = default!;

    [Inject] private ISender Sender { get; set; } = default!;
    [Inject] private ISnackbar Toasts { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _topologies = await Sender.Send(new ListTopologies());
    }

    // The trainees' copies are shared with the trainer; they are not canvases to show the class.
    private IEnumerable<TopologySummary> Canvases => _topologies.Where(t => Board.Trainees.All(trainee => trainee.TopologyId != t.Id));

    /// <summary>Addresses the next hint to this trainee (the board's hint button on their row).</summary>
    public async Task WriteToAsync(Guid seatId)
    {
        _to = seatId;
        StateHasChanged();
        if (_textField is not null) await _textField.FocusAsync();
    }

    private async Task SendOnEnterAsync(KeyboardEventArgs key)
    {
        if (key.Key == "Enter") await SendAsync();
    }

    private async Task SendAsync()
    {
        if (await TryAsync(() => Sender.Send(new SendClassroomNote(Board.Classroom.Id, _to, _text))))
        {
            Toasts.Add(_to is { } seat ? L["Classroom.NoteSentTo", Board.Trainees.First(t => t.SeatId == seat).Name] : L["Classroom.NoteSentAll"], Severity.Success);
            _text = "";
        }
    }

    private Task ShowAsync(Guid? topologyId) => TryAsync(() => Sender.Send(new ShowCanvasToClassroom(Board.Classroom.Id, topologyId)));

    private async Task<bool> TryAsync(Func<ValueTask<bool>> send)
    {
        try
        {
            await send();
            _errors = [];
            return true;
        }
        catch (RequestValidationException invalid)
        {
            _errors = invalid.ByField();
            return false;
        }
    }
}
