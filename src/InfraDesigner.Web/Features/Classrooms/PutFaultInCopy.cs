using InfraDesigner.Data.Store;
using InfraDesigner.Domain.Lessons.Faults;
using InfraDesigner.Web.Accounts;
using InfraDesigner.Web.Features.Editing;
using InfraDesigner.Web.Features.Topologies;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Classrooms;

/// <summary>
/// The trainer breaks one thing in a trainee's copy, for them to find and fix: stored as the trainer's edit, and the
/// trainee's open canvas reloads at once (the board grades again). False when the seat or its copy is gone.
/// </summary>
public sealed record PutFaultInCopy(Guid ClassroomId, Guid SeatId, Fault Fault) : IRequest<bool>
{
    public const string Told = "Your trainer put a fault in this design: find what stopped working and fix it.";

    internal sealed class Handler(ClassroomStore store, TopologyModels models, TopologyStore topologies,
        TopologyBroadcaster broadcaster, CurrentUser user) : IRequestHandler<PutFaultInCopy, bool>
    {
        public async ValueTask<bool> Handle(PutFaultInCopy request, CancellationToken cancellationToken)
        {
            if (await TraineeCopy.OpenAsync(store, models, user, request.ClassroomId, request.SeatId, cancellationToken) is not { } copy) return false;
            var broken = Broken(copy, request.Fault);
            if (await topologies.ReplaceAsync(copy.Seat.TopologyId, broken, user.Author, cancellationToken) is null) return false;
            await broadcaster.PublishAsync(TopologyChangeNotice.Whole(copy.Seat.TopologyId, Told));
            return true;
        }

        private static Domain.Topologies.Topology Broken(TraineeCopy copy, Fault fault)
        {
            try
            {
                return fault.Apply(copy.Topology);
            }
            catch (FaultTargetException missing)
            {
                throw new RequestValidationException([new FieldError($"fault.{missing.Field}", $"This fault does not fit {copy.Seat.DisplayName}'s design now: {missing.Message}.")]);
            }
        }
    }
}
