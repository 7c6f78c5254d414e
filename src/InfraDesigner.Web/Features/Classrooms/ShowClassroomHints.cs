using InfraDesigner.Data.Store;
using InfraDesigner.Web.Accounts;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Classrooms;

/// <summary>Switches the hints and the solution on or off for every trainee of a classroom, live. False when there is no such classroom.</summary>
public sealed record ShowClassroomHints(Guid Id, bool Shown) : IRequest<bool>
{
    internal sealed class Handler(ClassroomStore store, ClassroomNews news, CurrentUser user) : IRequestHandler<ShowClassroomHints, bool>
    {
        public async ValueTask<bool> Handle(ShowClassroomHints request, CancellationToken cancellationToken) =>
            await user.ChangeAsync(store, news, request.Id, ClassroomNotice.HintsChanged,
                _ => store.SetHintsAsync(request.Id, request.Shown, cancellationToken), cancellationToken);
    }
}
