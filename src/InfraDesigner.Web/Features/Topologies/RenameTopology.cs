using InfraDesigner.Data.Entities;
using InfraDesigner.Web.Accounts;
using InfraDesigner.Data.Store;
using InfraDesigner.Web.Features.Editing;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Topologies;

/// <summary>Changes a topology's name and description and tells the editors open on it; answers false when there is no such topology.</summary>
public sealed record RenameTopology(Guid Id, string Name, string? Description) : IRequest<bool>, ITopologyRequest
{
    Guid ITopologyRequest.TopologyId => Id;
    TopologyAccess ITopologyRequest.Needs => TopologyAccess.Editor;

    internal sealed class Validator : IValidator<RenameTopology>
    {
        public IEnumerable<FieldError> Validate(RenameTopology request) => TopologyNameRules.Check(request.Name, request.Description);
    }

    internal sealed class Handler(TopologyStore store, TopologyBroadcaster broadcaster, CurrentUser user) : IRequestHandler<RenameTopology, bool>
    {
        public async ValueTask<bool> Handle(RenameTopology request, CancellationToken cancellationToken)
        {
            var name = request.Name.Trim();
            if (await store.RenameAsync(request.Id, name, request.Description?.Trim() ?? "", user.Author, cancellationToken) is null) return false;
            await broadcaster.PublishAsync(TopologyChangeNotice.Whole(request.Id, $"The topology was renamed to \"{name}\" by another user."));
            return true;
        }
    }
}
