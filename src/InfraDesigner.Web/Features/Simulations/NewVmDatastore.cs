using InfraDesigner.Simulation.Placement;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Simulations;

/// <summary>
/// Where a new VM's disk goes: a named shared datastore of the cluster, <see cref="Local"/> for the host's
/// local disk, or, when not said, the cluster's first shared datastore (local disk when it has none),
/// as a VM created in vCenter lands on the cluster's datastore.
/// </summary>
internal static class NewVmDatastore
{
    public const string Local = "local";

    public static IEnumerable<FieldError> Validate(string path, string? datastore) =>
        datastore is not null && string.IsNullOrWhiteSpace(datastore) ? [new FieldError(path, $"name a shared datastore of the cluster, or '{Local}'")] : [];

    /// <summary>The datastore name the engines get (null: local disk); an unknown name is refused on <paramref name="path"/>.</summary>
    public static string? Resolve(ClusterState state, string? datastore, string path, IReadOnlyList<string> clusterShared)
    {
        if (datastore == Local)
        {
            return null;
        }
        if (datastore is null)
        {
            return clusterShared.FirstOrDefault(name => state.EffectiveDatastores.Any(d => d.Name == name));
        }
        if (state.EffectiveDatastores.All(d => d.Name != datastore))
        {
            var known = string.Join(", ", [.. state.EffectiveDatastores.Select(d => d.Name), Local]);
            throw new RequestValidationException([new FieldError(path, $"'{datastore}' is not a shared datastore of the cluster; choose one of {known}")]);
        }
        return datastore;
    }
}
