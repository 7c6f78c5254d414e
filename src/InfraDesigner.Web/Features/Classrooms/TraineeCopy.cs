using InfraDesigner.Data.Store;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Web.Accounts;
using InfraDesigner.Web.Features.Topologies;

namespace InfraDesigner.Web.Features.Classrooms;

/// <summary>A trainee's copy of the exercise as their trainer reaches it: the seat and the design as stored now.</summary>
internal sealed record TraineeCopy(StoredTrainee Seat, Topology Topology)
{
    /// <summary>Null when there is no such classroom or seat, or the trainee deleted their copy; only the classroom's trainer or an admin.</summary>
    public static async Task<TraineeCopy?> OpenAsync(ClassroomStore store, TopologyModels models, CurrentUser user,
        Guid classroomId, Guid seatId, CancellationToken cancellationToken)
    {
        if (await store.SeatInAsync(classroomId, seatId, cancellationToken) is not var (classroom, seat)) return null;
        user.Runs(classroom);
        if (await models.OpenAsync(seat.TopologyId, cancellationToken) is not { } opened) return null;
        return new(seat, opened.Topology);
    }
}
