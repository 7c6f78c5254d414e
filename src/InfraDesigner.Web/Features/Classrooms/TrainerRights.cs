using InfraDesigner.Data.Store;
using InfraDesigner.Web.Accounts;

namespace InfraDesigner.Web.Features.Classrooms;

/// <summary>Trainers and admins open classrooms; a classroom's board is its trainer's (and any admin's).</summary>
internal static class TrainerRights
{
    public static bool CanTeach(this CurrentUser user) => user.IsAdmin || user.Principal.IsInRole(Roles.Trainer);

    public static StoredClassroom Runs(this CurrentUser user, StoredClassroom? classroom) =>
        classroom is not null && (user.IsAdmin || classroom.TrainerId == user.Id)
            ? classroom
            : throw new AccessDeniedException("Only the trainer who opened this classroom, or an admin, runs it.");
}
