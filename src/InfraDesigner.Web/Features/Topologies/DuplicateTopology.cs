using InfraDesigner.Web.Accounts;
using System.Text.Json.Nodes;
using InfraDesigner.Data.Store;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Topologies;

/// <summary>Copies a topology under the name "&lt;name&gt; (copy)"; answers the new id, or null when there is no such topology.</summary>
public sealed record DuplicateTopology(Guid Id) : IRequest<Guid?>, ITopologyRequest
{
    Guid ITopologyRequest.TopologyId => Id;

    internal sealed class Handler(TopologyStore store, CurrentUser user) : IRequestHandler<DuplicateTopology, Guid?>
    {
        public async ValueTask<Guid?> Handle(DuplicateTopology request, CancellationToken cancellationToken)
        {
            if (await store.LoadAsync(request.Id, cancellationToken) is not { } original) return null;
            var document = JsonNode.Parse(original.DocumentJson)!;
            document["name"] = CopyName(original.Name);
            return await store.CreateAsync(document.ToJsonString(), user.Id, user.Author, cancellationToken);
        }

        private static string CopyName(string name)
        {
            const string suffix = " (copy)";
            var room = Domain.Validation.Limits.MaxNameLength - suffix.Length;
            return (name.Length > room ? name[..room] : name) + suffix;
        }
    }
}
