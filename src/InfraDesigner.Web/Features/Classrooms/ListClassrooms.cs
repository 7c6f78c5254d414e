using InfraDesigner.Data.Store;
using InfraDesigner.Web.Accounts;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Classrooms;

/// <summary>The classrooms the current trainer opened (an admin: all of them), newest first; nothing for anyone else.</summary>
public sealed record ListClassrooms : IRequest<IReadOnlyList<ClassroomView>>
{
    internal sealed class Handler(ClassroomStore store, CurrentUser user) : IRequestHandler<ListClassrooms, IReadOnlyList<ClassroomView>>
    {
        public async ValueTask<IReadOnlyList<ClassroomView>> Handle(ListClassrooms request, CancellationToken cancellationToken)
        {
            if (!user.CanTeach()) return [];
            var classrooms = await store.ListAsync(user.IsAdmin ? null : user.Id, cancellationToken);
            return [.. classrooms.Select(ClassroomView.Of)];
        }
    }
}
