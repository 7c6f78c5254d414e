using System.Text.Json;
using InfraDesigner.Web.Api;
using InfraDesigner.Web.Features.Reachability;
using Microsoft.AspNetCore.SignalR;
using static InfraDesigner.Web.Api.ReachabilityEndpoints;

namespace InfraDesigner.Web.Hubs;

/// <summary>
/// The public simulation hub: every question and simulation of the REST API as a cancellable stream of
/// <see cref="HubEvent"/>s. Each method takes the topology id and the question as REST's JSON body (JSON hub protocol).
/// </summary>
public sealed class SimulationHub(HubQuestions questions) : Hub
{
    public const string Path = "/hubs/simulation";

    public IAsyncEnumerable<HubEvent> Trace(string topologyId, JsonElement question, CancellationToken cancellationToken) =>
        questions.Answer<ReachabilityRequest, ReachabilityAnswer>(topologyId, question, (q, id) => q.For(id), cancellationToken);

    public IAsyncEnumerable<HubEvent> Ask(string topologyId, JsonElement question, CancellationToken cancellationToken) =>
        questions.Answer<AskRequest, AskAnswerView>(topologyId, question, (q, id) => q.For(id), cancellationToken);

    public IAsyncEnumerable<HubEvent> Matrix(string topologyId, JsonElement question, CancellationToken cancellationToken) =>
        questions.Answer<MatrixRequest, MatrixView>(topologyId, question, (q, id) => q.For(id), cancellationToken);

    public IAsyncEnumerable<HubEvent> ShadowedRules(string topologyId, JsonElement question, CancellationToken cancellationToken) =>
        questions.Answer<ShadowedRulesRequest, IReadOnlyList<ShadowedRuleView>>(topologyId, question, (q, id) => q.For(id), cancellationToken);

    public IAsyncEnumerable<HubEvent> Diff(string topologyId, JsonElement question, CancellationToken cancellationToken) =>
        questions.Answer<DiffRequest, DiffView>(topologyId, question, (q, id) => q.For(id), cancellationToken);

    public IAsyncEnumerable<HubEvent> Placement(string topologyId, JsonElement question, CancellationToken cancellationToken) =>
        questions.Simulate(topologyId, question, SimulationKinds.Placement, cancellationToken);

    public IAsyncEnumerable<HubEvent> Capacity(string topologyId, JsonElement question, CancellationToken cancellationToken) =>
        questions.Simulate(topologyId, question, SimulationKinds.Capacity, cancellationToken);

    public IAsyncEnumerable<HubEvent> Migration(string topologyId, JsonElement question, CancellationToken cancellationToken) =>
        questions.Simulate(topologyId, question, SimulationKinds.Migration, cancellationToken);

    public IAsyncEnumerable<HubEvent> Balance(string topologyId, JsonElement question, CancellationToken cancellationToken) =>
        questions.Simulate(topologyId, question, SimulationKinds.Balance, cancellationToken);

    public IAsyncEnumerable<HubEvent> Failover(string topologyId, JsonElement question, CancellationToken cancellationToken) =>
        questions.Simulate(topologyId, question, SimulationKinds.Failover, cancellationToken);

    public IAsyncEnumerable<HubEvent> FailoverSweep(string topologyId, JsonElement question, CancellationToken cancellationToken) =>
        questions.Simulate(topologyId, question, SimulationKinds.FailoverSweep, cancellationToken);

    public IAsyncEnumerable<HubEvent> LoadBalancer(string topologyId, JsonElement question, CancellationToken cancellationToken) =>
        questions.Simulate(topologyId, question, SimulationKinds.LoadBalancer, cancellationToken);
}
