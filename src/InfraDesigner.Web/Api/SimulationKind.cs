using InfraDesigner.Simulation.Progress;

namespace InfraDesigner.Web.Api;

/// <summary>
/// One simulation as the REST API and the simulation hub both offer it: its name, what it answers, and how the
/// topology id (from the route or the hub argument) joins the question read from the body.
/// </summary>
public sealed record SimulationKind<TRequest, TAnswer>(string Name, string Summary, Func<TRequest, Guid, TRequest> On)
    where TRequest : IRequest<IAsyncEnumerable<SimulationEvent>?>;
