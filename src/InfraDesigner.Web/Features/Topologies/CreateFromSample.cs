using InfraDesigner.Web.Accounts;
using InfraDesigner.Data.Store;
using InfraDesigner.Domain.Documents;
using InfraDesigner.Domain.Samples;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Topologies;

/// <summary>Creates a topology from a built-in sample; answers null when there is no sample with that name.</summary>
public sealed record CreateFromSample(string Sample) : IRequest<Guid?>
{
    internal sealed class Handler(TopologyStore store, CurrentUser user) : IRequestHandler<CreateFromSample, Guid?>
    {
        public async ValueTask<Guid?> Handle(CreateFromSample request, CancellationToken cancellationToken) =>
            SampleTopologies.Find(request.Sample) is { } sample
                ? await store.CreateAsync(sample.Topology, user.Id, user.Author, cancellationToken)
                : null;
    }
}
