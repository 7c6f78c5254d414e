using InfraDesigner.Web.Accounts;

namespace InfraDesigner.Web.Features.Lessons;

/// <summary>Who may change the lesson library: trainers and admins import; only the importer or an admin replaces or deletes.</summary>
internal static class LessonRights
{
    public static bool CanImportLessons(this CurrentUser user) => user.IsAdmin || user.Principal.IsInRole(Roles.Trainer);

    public static bool CanChange(this CurrentUser user, LibraryLesson lesson) =>
        lesson.Imported && (user.IsAdmin || (user.CanImportLessons() && lesson.OwnerId == user.Id));
}
