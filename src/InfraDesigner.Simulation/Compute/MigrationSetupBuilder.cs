using InfraDesigner.Domain.Compute;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Simulation.Migration;

namespace InfraDesigner.Simulation.Compute;

/// <summary>
/// Poses "live-migrate this VM to that host" on a topology: finds the VM's host and cluster, checks
/// the shared datastore (the VM's datastore mounted by a cluster of each host), the migration
/// network (<see cref="MigrationNetwork"/>), target capacity and CPU family, and builds the pre-copy
/// question from the VM's RAM and dirty rate and the path's bottleneck speed.
/// </summary>
public static class MigrationSetupBuilder
{
    public const string VmField = "vm";
    public const string TargetField = "targetHost";

    public static MigrationSetup From(Topology topology, string vmName, string targetHost, MigrationOptions? options = null)
    {
        options ??= MigrationOptions.Default;
        var vm = topology.FindElement<VirtualMachine>(vmName)
            ?? throw new ComputeInputException(VmField, $"no VM named '{vmName}'; VMs: {ClusterStateBuilder.NamesOf<VirtualMachine>(topology)}");
        if (vm.HostName is not { } source)
        {
            throw new ComputeInputException(VmField, $"VM '{vmName}' runs on no host yet, so there is nothing to migrate");
        }
        var target = topology.FindElement<PhysicalHost>(targetHost)
            ?? throw new ComputeInputException(TargetField, $"no physical host named '{targetHost}'; hosts: {ClusterStateBuilder.NamesOf<PhysicalHost>(topology)}");
        if (target.Name == source)
        {
            throw new ComputeInputException(TargetField, $"VM '{vmName}' already runs on '{targetHost}'");
        }
        var cluster = ClusterOf(topology, vm, source)
            ?? throw new ComputeInputException(VmField, $"VM '{vmName}' runs on '{source}', which belongs to no cluster");
        if (!cluster.Hosts.Contains(target.Name))
        {
            throw new ComputeInputException(TargetField, $"'{targetHost}' is not a host of cluster '{cluster.Name}'; its hosts: {string.Join(", ", cluster.Hosts)}");
        }

        var path = MigrationNetwork.Find(topology, source, target.Name);
        var state = ClusterStateBuilder.From(topology, cluster.Name);
        var facts = MigrationFacts.From(state, vm.Name, target.Name, SharesDatastore(topology, vm, source, target.Name), path.Found);
        var bandwidthMbps = options.BandwidthMbps ?? (path.Found ? path.BottleneckMbps : MigrationPath.AssumedSpeedMbps);
        var bandwidthSource = options.BandwidthMbps is not null
            ? $"{bandwidthMbps:N0} Mbit/s as asked"
            : path.Found ? $"{bandwidthMbps:N0} Mbit/s, the migration path's slowest link" : $"{bandwidthMbps:N0} Mbit/s assumed: {path.Detail}";
        var concurrent = Math.Min(options.ConcurrentMigrations, VMotionLimits.PerHost(bandwidthMbps));
        if (options.ConcurrentMigrations > concurrent)
        {
            bandwidthSource += $"; {concurrent} of the {options.ConcurrentMigrations} migrations run at once (the vMotion limit on this link), the others wait";
        }
        var question = new MigrationQuestion(
            MigrationUnits.GibToMib(vm.RamGb),
            MigrationUnits.MBpsToMiBps(options.DirtyRateMBps ?? vm.DirtyRateMegabytesPerSecond ?? 0),
            MigrationUnits.MbitpsToMiBps(bandwidthMbps),
            options.DowntimeLimitMs,
            options.MaxRounds,
            options.Policy,
            options.AutoConverge,
            options.WritableWorkingSetMiB,
            options.ProtocolOverheadPercent,
            concurrent);
        var checks = MigrationPrerequisites.Check(facts)
            .Select(c => c.Id == PrerequisiteId.MigrationNetwork ? c with { Detail = path.Detail } : c)
            .ToList();
        return new MigrationSetup(vm.Name, source, target.Name, path, bandwidthSource, checks, question);
    }

    private static Cluster? ClusterOf(Topology topology, VirtualMachine vm, string host) =>
        (vm.ClusterName is { } name ? topology.FindElement<Cluster>(name) : null) is { } named && named.Hosts.Contains(host)
            ? named
            : topology.ElementsOf<Cluster>().FirstOrDefault(c => c.Hosts.Contains(host));

    private static bool SharesDatastore(Topology topology, VirtualMachine vm, string source, string target) =>
        vm.DatastoreName is { } datastore && Mounts(topology, source, datastore) && Mounts(topology, target, datastore);

    private static bool Mounts(Topology topology, string host, string datastore) =>
        topology.ElementsOf<Cluster>().Any(c => c.Hosts.Contains(host) && c.SharedDatastores.Contains(datastore));
}
