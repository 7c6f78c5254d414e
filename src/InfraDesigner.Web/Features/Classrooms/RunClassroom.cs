using InfraDesigner.Data.Store;
using InfraDesigner.Domain.Lessons;
using InfraDesigner.Web.Accounts;
using InfraDesigner.Web.Features.Lessons;

namespace InfraDesigner.Web.Features.Classrooms;

/// <summary>A classroom as its trainer runs it: the stored session with its lesson from the library.</summary>
internal sealed record RunClassroom(StoredClassroom Classroom, Lesson? Lesson)
{
    /// <summary>
    /// The classroom with its lesson (null when the lesson left the library); null when there is no such classroom.
    /// Throws <see cref="AccessDeniedException"/> for anyone but its trainer or an admin.
    /// </summary>
    public static async Task<RunClassroom?> FindAsync(ClassroomStore store, LessonLibrary library, CurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } found) return null;
        var classroom = user.Runs(found);
        return new(classroom, (await library.FindAsync(classroom.LessonId, cancellationToken))?.Lesson);
    }
}
