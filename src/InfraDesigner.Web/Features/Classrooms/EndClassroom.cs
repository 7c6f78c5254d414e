using InfraDesigner.Data.Store;
using InfraDesigner.Web.Accounts;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Classrooms;

/// <summary>Ends a classroom: nobody joins any more, the board stays readable, the trainees keep their copies. False when there is none.</summary>
public sealed record EndClassroom(Guid Id) : IRequest<bool>
{
    internal sealed class Handler(ClassroomStore store, ClassroomNews news, CurrentUser user) : IRequestHandler<EndClassroom, bool>
    {
        public async ValueTask<bool> Handle(EndClassroom request, CancellationToken cancellationToken) =>
            await user.ChangeAsync(store, news, request.Id, ClassroomNotice.Ended,
                _ => store.EndAsync(request.Id, cancellationToken), cancellationToken);
    }
}
