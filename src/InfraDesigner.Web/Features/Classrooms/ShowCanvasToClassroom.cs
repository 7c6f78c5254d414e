using InfraDesigner.Data.Entities;
using InfraDesigner.Data.Store;
using InfraDesigner.Web.Accounts;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Classrooms;

/// <summary>
/// Shows one of the trainer's canvases to the whole class, read-only and live as the trainer edits it
/// (<see cref="TopologyId"/> null: stops). Trainees may view it only while it is shown and the classroom is open.
/// False when there is no such classroom.
/// </summary>
public sealed record ShowCanvasToClassroom(Guid ClassroomId, Guid? TopologyId) : IRequest<bool>
{
    internal sealed class Handler(ClassroomStore store, ClassroomNews news, TopologyAccessCheck access, CurrentUser user) : IRequestHandler<ShowCanvasToClassroom, bool>
    {
        public async ValueTask<bool> Handle(ShowCanvasToClassroom request, CancellationToken cancellationToken) =>
            await user.ChangeAsync(store, news, request.ClassroomId, ClassroomNotice.CanvasShown, async classroom =>
            {
                if (request.TopologyId is { } shown && await access.AccessAsync(shown, cancellationToken) == TopologyAccess.None)
                    throw new RequestValidationException([new FieldError("topologyId", "You can show the class only a topology you can open yourself.")]);
                await store.ShowTopologyAsync(classroom.Id, request.TopologyId, cancellationToken);
            }, cancellationToken);
    }
}
