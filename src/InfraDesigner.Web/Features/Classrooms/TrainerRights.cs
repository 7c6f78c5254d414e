using InfraDesigner.Data.Store;
using InfraDesigner.Web.Accounts;

namespace InfraDesigner.Web.Features.Classrooms;

/// <summary>Trainers and admins open classrooms; a classroom's board is its trainer's (and any admin's).</summary>
internal static class TrainerRights
{
    public static bool CanTeach(this CurrentUser user) => user.IsAdmin || user.Principal.IsInRole(Roles.Trainer);

    public static StoredClassroom Runs(this CurrentUser user, StoredClassroom? classroom) =>
        classroom is not null && user.Teaches(classroom.TrainerId) ? classroom : throw NotTheirs();

    public static ClassroomSummary Runs(this CurrentUser user, ClassroomSummary? classroom) =>
        classroom is not null && user.Teaches(classroom.TrainerId) ? classroom : throw NotTheirs();

    private static bool Teaches(this CurrentUser user, string? trainerId) => user.IsAdmin || trainerId == user.Id;

    private static AccessDeniedException NotTheirs() => new("Only the trainer who opened this classroom, or an admin, runs it.");

    /// <summary>
    /// Does what the trainer asked with their classroom, then tells its board and Lesson tabs what changed;
    /// false when there is no such classroom.
    /// </summary>
    public static async Task<bool> ChangeAsync(this CurrentUser user, ClassroomStore store, ClassroomNews news, Guid id, ClassroomNotice notice,
        Func<StoredClassroom, Task> change, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } classroom) return false;
        await change(user.Runs(classroom));
        news.Tell(id, notice);
        return true;
    }
}
