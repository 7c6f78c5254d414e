using InfraDesigner.Data.Store;
using InfraDesigner.Domain.Lessons.Faults;
using InfraDesigner.Web.Accounts;
using InfraDesigner.Web.Features.Topologies;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Classrooms;

/// <summary>The faults the trainer can put into one trainee's copy as it stands now; empty when the seat or its copy is gone.</summary>
public sealed record ListFaultChoices(Guid ClassroomId, Guid SeatId) : IRequest<IReadOnlyList<FaultChoice>>
{
    internal sealed class Handler(ClassroomStore store, TopologyModels models, CurrentUser user)
        : IRequestHandler<ListFaultChoices, IReadOnlyList<FaultChoice>>
    {
        public async ValueTask<IReadOnlyList<FaultChoice>> Handle(ListFaultChoices request, CancellationToken cancellationToken) =>
            await TraineeCopy.OpenAsync(store, models, user, request.ClassroomId, request.SeatId, cancellationToken) is { } copy
                ? FaultChoices.For(copy.Topology)
                : [];
    }
}
