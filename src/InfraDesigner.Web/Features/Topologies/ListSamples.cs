using InfraDesigner.Domain.Samples;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Topologies;

/// <summary>The built-in sample topologies, one per worked question.</summary>
public sealed record ListSamples : IRequest<IReadOnlyList<SampleSummary>>
{
    internal sealed class Handler : IRequestHandler<ListSamples, IReadOnlyList<SampleSummary>>
    {
        public ValueTask<IReadOnlyList<SampleSummary>> Handle(ListSamples request, CancellationToken cancellationToken) =>
            ValueTask.FromResult<IReadOnlyList<SampleSummary>>(SampleTopologies.All
                .Select(s => new SampleSummary(s.Name, s.Title, s.Description, s.Topology.Elements.Count)).ToList());
    }
}
