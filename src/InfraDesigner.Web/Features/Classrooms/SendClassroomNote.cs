using InfraDesigner.Data.Entities;
using InfraDesigner.Data.Store;
using InfraDesigner.Web.Accounts;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Classrooms;

/// <summary>
/// The trainer's hint to one trainee (<see cref="SeatId"/>) or, with no seat, to the whole class; it shows on their
/// Lesson tab at once and stays there, across reloads, until the next one. False when there is no such classroom.
/// </summary>
public sealed record SendClassroomNote(Guid ClassroomId, Guid? SeatId, string Text) : IRequest<bool>
{
    internal sealed class Validator : IValidator<SendClassroomNote>
    {
        public IEnumerable<FieldError> Validate(SendClassroomNote request)
        {
            var text = request.Text?.Trim() ?? "";
            if (text.Length == 0)
                yield return new FieldError("text", "Type the hint your trainees will see.");
            else if (text.Length > ClassroomTraineeRecord.MaxNoteLength)
                yield return new FieldError("text", $"A hint is at most {ClassroomTraineeRecord.MaxNoteLength} characters; this one has {text.Length}.");
        }
    }

    internal sealed class Handler(ClassroomStore store, ClassroomNews news, CurrentUser user) : IRequestHandler<SendClassroomNote, bool>
    {
        public async ValueTask<bool> Handle(SendClassroomNote request, CancellationToken cancellationToken) =>
            await user.ChangeAsync(store, news, request.ClassroomId, ClassroomNotice.NoteSent, async classroom =>
            {
                if (request.SeatId is { } seat && classroom.Trainees.All(t => t.Id != seat))
                    throw new RequestValidationException([new FieldError("seatId", $"No trainee of this classroom has the seat {seat}.")]);
                await store.NoteAsync(classroom.Id, request.SeatId, request.Text.Trim(), cancellationToken);
            }, cancellationToken);
    }
}
