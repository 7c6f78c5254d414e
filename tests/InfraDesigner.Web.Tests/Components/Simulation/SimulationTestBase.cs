using InfraDesigner.Domain.Documents;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Web.Features.Simulations;
using InfraDesigner.Web.Features.Topologies;
using InfraDesigner.Web.Mediation;
using InfraDesigner.Web.Tests.Support;

namespace InfraDesigner.Web.Tests.Components.Simulation;

/// <summary>Simulation components on the app's real services, with a built-in sample stored to simulate on.</summary>
public abstract class SimulationTestBase : AppComponentTestBase
{
    protected ISender Sender => Service<ISender>();

    protected async Task<Guid> StoreSample(string sample)
    {
        await MigrateAsync();
        return (await Sender.Send(new CreateFromSample(sample)))!.Value;
    }

    /// <summary>A built-in sample stored and one simulation of it run through the dispatcher to its answer.</summary>
    protected async Task<(Guid Id, TAnswer Answer)> AnswerOnSample<TAnswer>(string sample, Func<Guid, IRequest<IAsyncEnumerable<InfraDesigner.Simulation.Progress.SimulationEvent>?>> question)
    {
        var id = await StoreSample(sample);
        return (id, await (await Sender.Send(question(id)))!.AnswerAsync<TAnswer>());
    }

    protected async Task<Guid> Store(Topology topology)
    {
        await MigrateAsync();
        return await Sender.Send(new ImportTopology(TopologyDocumentSerializer.Export(topology)));
    }
}
