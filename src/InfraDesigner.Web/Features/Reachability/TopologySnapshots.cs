using InfraDesigner.Data.Store;
using InfraDesigner.Data.Documents;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Simulation.Reachability;
using InfraDesigner.Simulation.Reachability.Compilation;
using InfraDesigner.Web.Features.Topologies;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Reachability;

/// <summary>Loads a topology (current or a saved version) and hands out its compiled snapshot from the cache.</summary>
internal static class TopologySnapshots
{
    public const string Current = "current";

    /// <summary>The snapshot of the current topology, or null when there is no topology with that id.</summary>
    public static async Task<NetworkSnapshot?> CurrentAsync(TopologyModels models, Guid id, CancellationToken cancellationToken) =>
        await models.OpenAsync(id, cancellationToken) is { } opened
            ? CompiledTopologyCache.Shared.GetOrCompile(id, $"v{opened.Version}", () => Compile(opened.Topology))
            : null;

    /// <summary>The snapshot of a saved version ("current" for the topology as it is now), or null when there is none.</summary>
    public static async Task<NetworkSnapshot?> RevisionAsync(TopologyStore store, TopologyModels models, Guid id, string revision, string field, CancellationToken cancellationToken)
    {
        if (string.Equals(revision, Current, StringComparison.OrdinalIgnoreCase))
            return await CurrentAsync(models, id, cancellationToken);
        if (!int.TryParse(revision, out var number))
            throw Invalid(field, $"'{revision}' is not a version number or 'current'");
        return await store.GetRevisionDocumentAsync(id, number, cancellationToken) is { } json
            ? CompiledTopologyCache.Shared.GetOrCompile(id, $"r{number}", () => Compile(json))
            : null;
    }

    public static RequestValidationException Invalid(string field, string message) => new([new FieldError(field, message)]);

    private static NetworkSnapshot Compile(string json) => Compile(StoredDocument.Read(json));

    /// <summary>The snapshot of a topology as it is in memory (an editing session's, before it is stored).</summary>
    public static NetworkSnapshot Compile(Topology topology)
    {
        try
        {
            return TopologyCompiler.Compile(topology);
        }
        catch (TopologyCompilationException refused)
        {
            throw ProblemErrors.Reject(refused.Problems);
        }
    }
}
