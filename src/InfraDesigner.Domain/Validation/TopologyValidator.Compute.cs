using InfraDesigner.Domain.Compute;
using InfraDesigner.Domain.Storage;

namespace InfraDesigner.Domain.Validation;

public static partial class TopologyValidator
{
    private static void CheckCompute(ValidationContext context)
    {
        ForEach<PhysicalHost>(context, (host, path) =>
        {
            context.RequireAtLeast(host.Cores, 1, $"{path}.cores", "Cores");
            context.RequirePositive(host.CpuGhz, $"{path}.cpuGhz", "CPU speed");
            context.RequirePositive(host.RamGb, $"{path}.ramGb", "RAM");
            context.RequireAtLeast(host.DiskGb, 0, $"{path}.diskGb", "Disk");
            var cluster = context.Require<Cluster>(host.ClusterName, $"{path}.clusterName", "cluster");
            if (cluster is not null && !cluster.Hosts.Contains(host.Name))
            {
                context.Warning($"{path}.clusterName", $"Cluster '{cluster.Name}' does not list '{host.Name}' among its hosts.");
            }
        });
        ForEach<Cluster>(context, (cluster, path) => CheckCluster(context, cluster, path));
        ForEach<VirtualMachine>(context, (vm, path) => CheckVm(context, vm, path));
        ForEach<ContainerHost>(context, (containers, path) =>
        {
            context.RequireAtLeast(containers.Cores, 1, $"{path}.cores", "Cores");
            context.RequirePositive(containers.RamGb, $"{path}.ramGb", "RAM");
            context.Require<Topologies.Element>(containers.RunsOn, $"{path}.runsOn", "host or VM");
            for (var j = 0; j < containers.PublishedPorts.Count; j++)
            {
                var published = containers.PublishedPorts[j];
                context.RequirePort(published.HostPort, $"{path}.publishedPorts[{j}].hostPort");
                context.RequirePort(published.ContainerPort, $"{path}.publishedPorts[{j}].containerPort");
            }
        });
    }

    private static void CheckCluster(ValidationContext context, Cluster cluster, string path)
    {
        for (var j = 0; j < cluster.Hosts.Count; j++)
        {
            context.Require<PhysicalHost>(cluster.Hosts[j], $"{path}.hosts[{j}]", "physical host");
        }
        for (var j = 0; j < cluster.SharedDatastores.Count; j++)
        {
            context.Require<StorageSystem>(cluster.SharedDatastores[j], $"{path}.sharedDatastores[{j}]", "storage");
        }
        var failoverHosts = cluster.Ha.FailoverHosts ?? [];
        for (var j = 0; j < failoverHosts.Count; j++)
        {
            if (!cluster.Hosts.Contains(failoverHosts[j]))
            {
                context.Error($"{path}.ha.failoverHosts[{j}]", $"'{failoverHosts[j]}' is not a host of cluster '{cluster.Name}'.");
            }
        }
        context.RequirePositive(cluster.CpuOvercommitRatio, $"{path}.cpuOvercommitRatio", "The CPU overcommit ratio (1 = no overcommit)");
        context.RequirePositive(cluster.RamOvercommitRatio, $"{path}.ramOvercommitRatio", "The RAM overcommit ratio (1 = no overcommit)");
        context.RequireBetween(cluster.ReservedHeadroomPercent, 0, 99, $"{path}.reservedHeadroomPercent", "Reserved headroom (%)");
        context.RequireBetween(cluster.Ha.ReservedCpuPercent, 0, 100, $"{path}.ha.reservedCpuPercent", "Reserved CPU (%)");
        context.RequireBetween(cluster.Ha.ReservedRamPercent, 0, 100, $"{path}.ha.reservedRamPercent", "Reserved RAM (%)");
        context.RequireAtLeast(cluster.Ha.HostFailuresToTolerate, 0, $"{path}.ha.hostFailuresToTolerate", "Host failures to tolerate");
        if (cluster.Ha.Enabled && cluster.Ha.AdmissionControl == HaAdmissionControl.HostFailures && cluster.Ha.HostFailuresToTolerate >= cluster.Hosts.Count && cluster.Hosts.Count > 0)
        {
            context.Warning($"{path}.ha.hostFailuresToTolerate", $"Tolerating {cluster.Ha.HostFailuresToTolerate} host failures needs more than {cluster.Hosts.Count} hosts.");
        }
        for (var j = 0; j < cluster.AffinityRules.Count; j++)
        {
            var rule = cluster.AffinityRules[j];
            CheckName(context, rule.Name, $"{path}.affinityRules[{j}].name", "An affinity rule");
            for (var k = 0; k < rule.Vms.Count; k++)
            {
                context.Require<VirtualMachine>(rule.Vms[k], $"{path}.affinityRules[{j}].vms[{k}]", "VM");
            }
        }
        for (var j = 0; j < cluster.VmHostRules.Count; j++)
        {
            var rule = cluster.VmHostRules[j];
            CheckName(context, rule.Name, $"{path}.vmHostRules[{j}].name", "A VM-host rule");
            for (var k = 0; k < rule.Vms.Count; k++)
            {
                context.Require<VirtualMachine>(rule.Vms[k], $"{path}.vmHostRules[{j}].vms[{k}]", "VM");
            }
            for (var k = 0; k < rule.Hosts.Count; k++)
            {
                context.Require<PhysicalHost>(rule.Hosts[k], $"{path}.vmHostRules[{j}].hosts[{k}]", "physical host");
            }
        }
    }

    /// <summary>Reservations within the limits and the VM's size; limits and shares positive.</summary>
    private static void CheckAllocation(ValidationContext context, VirtualMachine vm, string path)
    {
        void Check(double? value, string field, string what, double? atMost, string bound)
        {
            if (value is not { } v)
            {
                return;
            }
            context.RequireAtLeast(v, 0, $"{path}.{field}", what);
            if (atMost is { } max && v > max + 1e-9)
            {
                context.Error($"{path}.{field}", $"{what} ({v:0.##}) cannot exceed {bound} ({max:0.##}).");
            }
        }
        Check(vm.CpuLimitMhz, "cpuLimitMhz", "The CPU limit", null, "");
        Check(vm.CpuReservationMhz, "cpuReservationMhz", "The CPU reservation", vm.CpuLimitMhz, "the CPU limit");
        Check(vm.MemoryLimitGb, "memoryLimitGb", "The memory limit", null, "");
        Check(vm.MemoryReservationGb, "memoryReservationGb", "The memory reservation", Math.Min(vm.RamGb, vm.MemoryLimitGb ?? double.MaxValue), "the VM's RAM or memory limit");
        if (vm.CpuShares is { } cpuShares)
        {
            context.RequireAtLeast(cpuShares, 1, $"{path}.cpuShares", "CPU shares");
        }
        if (vm.MemoryShares is { } memoryShares)
        {
            context.RequireAtLeast(memoryShares, 1, $"{path}.memoryShares", "Memory shares");
        }
    }

    private static void CheckVm(ValidationContext context, VirtualMachine vm, string path)
    {
        context.RequireAtLeast(vm.VCpu, 1, $"{path}.vCpu", "vCPU");
        context.RequirePositive(vm.RamGb, $"{path}.ramGb", "RAM");
        context.RequireAtLeast(vm.DiskGb, 0, $"{path}.diskGb", "Disk");
        context.RequireBetween(vm.CpuUtilisation, 0, 1, $"{path}.cpuUtilisation", "CPU utilisation");
        context.RequireBetween(vm.RamUtilisation, 0, 1, $"{path}.ramUtilisation", "RAM utilisation");
        if (vm.DirtyRateMegabytesPerSecond is { } dirtyRate)
        {
            context.RequireAtLeast(dirtyRate, 0, $"{path}.dirtyRateMegabytesPerSecond", "The dirty rate");
        }
        CheckAllocation(context, vm, path);
        if (vm.TemplateName is { } template && !context.TemplateNames.Contains(template))
        {
            context.Error($"{path}.templateName", $"No VM template named '{template}'.");
        }
        context.Require<StorageSystem>(vm.DatastoreName, $"{path}.datastoreName", "storage");
        var host = context.Require<PhysicalHost>(vm.HostName, $"{path}.hostName", "physical host");
        var cluster = context.Require<Cluster>(vm.ClusterName, $"{path}.clusterName", "cluster");
        if (host is not null && cluster is not null && !cluster.Hosts.Contains(host.Name))
        {
            context.Error($"{path}.hostName", $"Host '{host.Name}' is not in cluster '{cluster.Name}'.");
        }
        CheckVmFits(context, vm, path, cluster, host);
    }

    /// <summary>A VM must fit on at least one host it may run on: its cluster's hosts, or its own host.</summary>
    private static void CheckVmFits(ValidationContext context, VirtualMachine vm, string path, Cluster? cluster, PhysicalHost? host)
    {
        cluster ??= host?.ClusterName is { } clusterName ? context.FindElement(clusterName) as Cluster : null;
        var candidates = cluster is not null
            ? cluster.Hosts.Select(name => context.FindElement(name)).OfType<PhysicalHost>().ToList()
            : host is not null ? [host] : [];
        if (candidates.Count == 0)
        {
            return;
        }
        var where = cluster is not null ? $"the largest host in cluster '{cluster.Name}'" : $"host '{host!.Name}'";
        var maxCores = candidates.Max(candidate => candidate.Cores);
        var maxRam = candidates.Max(candidate => candidate.RamGb);
        if (vm.VCpu > maxCores)
        {
            context.Error($"{path}.vCpu", $"'{vm.Name}' needs {vm.VCpu} vCPU but {where} has {maxCores} cores.");
        }
        if (vm.RamGb > maxRam)
        {
            context.Error($"{path}.ramGb", $"'{vm.Name}' needs {vm.RamGb} GB RAM but {where} has {maxRam} GB.");
        }
    }
}
