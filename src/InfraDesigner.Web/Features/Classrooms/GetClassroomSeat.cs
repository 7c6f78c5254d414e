using InfraDesigner.Data.Store;
using InfraDesigner.Web.Accounts;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Classrooms;

/// <summary>The classroom a topology is a trainee's copy in, as the Lesson tab needs it; null for any other topology.</summary>
public sealed record GetClassroomSeat(Guid TopologyId) : IRequest<ClassroomSeat?>, ITopologyRequest
{
    Guid ITopologyRequest.TopologyId => TopologyId;

    internal sealed class Handler(ClassroomStore store) : IRequestHandler<GetClassroomSeat, ClassroomSeat?>
    {
        public async ValueTask<ClassroomSeat?> Handle(GetClassroomSeat request, CancellationToken cancellationToken) =>
            await store.OfTopologyAsync(request.TopologyId, cancellationToken) is var (classroom, seat)
                ? new ClassroomSeat(classroom.Id, classroom.Code, seat.DisplayName, classroom.HintsShown, classroom.Ended,
                    seat.Note, seat.NoteAt, classroom.Ended ? null : classroom.ShownTopologyId)
                : null;
    }
}

/// <summary>
/// A trainee's seat: whose copy, in which classroom, whether the trainer lets hints show, the trainer's latest hint
/// to them, and the canvas the trainer shows the class.
/// </summary>
public sealed record ClassroomSeat(Guid ClassroomId, string Code, string DisplayName, bool HintsShown, bool Ended,
    string? Note, DateTimeOffset? NoteAt, Guid? ShownTopologyId);
