using InfraDesigner.Data.Entities;
using InfraDesigner.Web.Accounts;
using InfraDesigner.Data.Store;
using InfraDesigner.Domain.Validation;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Topologies;

/// <summary>"Save version": stores the current document as a named, immutable revision.</summary>
public sealed record SaveRevision(Guid Id, string Name) : IRequest<RevisionInfo?>, ITopologyRequest
{
    Guid ITopologyRequest.TopologyId => Id;
    TopologyAccess ITopologyRequest.Needs => TopologyAccess.Editor;

    internal sealed class Validator : IValidator<SaveRevision>
    {
        public IEnumerable<FieldError> Validate(SaveRevision request)
        {
            if (string.IsNullOrWhiteSpace(request.Name))
                yield return new FieldError("name", "A version needs a name, e.g. \"before the firewall change\".");
            else if (request.Name.Length > Limits.MaxNameLength)
                yield return new FieldError("name", $"A version name has at most {Limits.MaxNameLength} characters.");
        }
    }

    internal sealed class Handler(TopologyStore store, CurrentUser user) : IRequestHandler<SaveRevision, RevisionInfo?>
    {
        public async ValueTask<RevisionInfo?> Handle(SaveRevision request, CancellationToken cancellationToken)
        {
            return await store.SaveRevisionAsync(request.Id, request.Name.Trim(), user.Author, cancellationToken);
        }
    }
}
