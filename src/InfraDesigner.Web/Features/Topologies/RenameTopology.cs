using InfraDesigner.Data.Store;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Topologies;

/// <summary>Changes a topology's name and description; answers false when there is no such topology.</summary>
public sealed record RenameTopology(Guid Id, string Name, string? Description) : IRequest<bool>
{
    internal sealed class Validator : IValidator<RenameTopology>
    {
        public IEnumerable<FieldError> Validate(RenameTopology request) => TopologyNameRules.Check(request.Name, request.Description);
    }

    internal sealed class Handler(TopologyStore store) : IRequestHandler<RenameTopology, bool>
    {
        public async Task<bool> Handle(RenameTopology request, CancellationToken cancellationToken)
        {
            return await store.RenameAsync(request.Id, request.Name.Trim(), request.Description?.Trim() ?? "", cancellationToken) is not null;
        }
    }
}
