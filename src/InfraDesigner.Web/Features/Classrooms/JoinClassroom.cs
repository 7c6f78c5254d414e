using InfraDesigner.Data.Store;
using InfraDesigner.Domain.Lessons;
using InfraDesigner.Web.Accounts;
using InfraDesigner.Web.Features.Lessons;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Classrooms;

/// <summary>
/// Seats the browser in a classroom under a display name and answers the id of the trainee's own copy of the
/// exercise. A browser that is not signed in gets a trainee account; one already seated gets its copy back.
/// </summary>
public sealed record JoinClassroom(string Code, string DisplayName) : IRequest<Guid>
{
    public const int MaxNameLength = 40;

    internal sealed class Validator : IValidator<JoinClassroom>
    {
        public IEnumerable<FieldError> Validate(JoinClassroom request)
        {
            if (ClassroomStore.Normalize(request.Code ?? "").Length != ClassroomStore.CodeLength)
                yield return new FieldError("code", $"Type the {ClassroomStore.CodeLength}-character code your trainer shows (letters and digits, like K7M-Q2P).");
            var name = request.DisplayName?.Trim() ?? "";
            if (name.Length == 0)
                yield return new FieldError("displayName", "Type the name your trainer will see on the board.");
            else if (name.Length > MaxNameLength || name.Any(char.IsControl))
                yield return new FieldError("displayName", $"A name is at most {MaxNameLength} characters, on one line.");
        }
    }

    internal sealed class Handler(ClassroomStore store, LessonLibrary library, GuestAccounts guests, ClassroomNews news, CurrentUser user)
        : IRequestHandler<JoinClassroom, Guid>
    {
        public async ValueTask<Guid> Handle(JoinClassroom request, CancellationToken cancellationToken)
        {
            var classroom = await store.FindByCodeAsync(request.Code, cancellationToken);
            if (classroom is null || classroom.Ended)
                throw new RequestValidationException([new FieldError("code", classroom is null
                    ? $"No classroom has the code {ClassroomStore.Normalize(request.Code)}; check it with your trainer."
                    : "This classroom has ended; ask your trainer for the code of the new one.")]);
            if ((await library.FindAsync(classroom.LessonId, cancellationToken))?.Lesson is not { } lesson)
                throw new RequestValidationException([new FieldError("code", "This classroom's lesson was taken out of the library; tell your trainer.")]);
            var name = request.DisplayName.Trim();
            var userId = user.Id ?? await guests.CreateAndSignInAsync(name);
            var language = LessonLanguage.Parse(classroom.Language);
            var seat = await store.JoinAsync(classroom, userId, name,
                () => lesson.Start.Build($"{lesson.Title.In(language)} · {name}") with { Description = lesson.Summary.In(language) },
                new ChangeAuthor(userId, name), cancellationToken);
            news.Tell(classroom.Id, ClassroomNotice.Joined);
            return seat.TopologyId;
        }
    }
}
