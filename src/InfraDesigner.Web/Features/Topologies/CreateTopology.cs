using InfraDesigner.Web.Accounts;
using InfraDesigner.Data.Store;
using InfraDesigner.Domain.Documents;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Topologies;

/// <summary>Creates an empty topology with a name and an optional description.</summary>
public sealed record CreateTopology(string Name, string? Description) : IRequest<Guid>
{
    internal sealed class Validator : IValidator<CreateTopology>
    {
        public IEnumerable<FieldError> Validate(CreateTopology request) => TopologyNameRules.Check(request.Name, request.Description);
    }

    internal sealed class Handler(TopologyStore store, CurrentUser user) : IRequestHandler<CreateTopology, Guid>
    {
        public ValueTask<Guid> Handle(CreateTopology request, CancellationToken cancellationToken)
        {
            var empty = new Topology { Name = request.Name.Trim(), Description = string.IsNullOrWhiteSpace(request.Description) ? null : request.Description.Trim() };
            return new(store.CreateAsync(empty, user.Id, user.Author, cancellationToken));
        }
    }
}
