using InfraDesigner.Domain;
using InfraDesigner.Domain.Compute;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Storage;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Web.Features.Editing;

public static partial class TopologyEdits
{
    /// <summary>
    /// Deletes elements with what depends on them: their links, rules and pool members naming them,
    /// share entries for them, NAT rules on them; VMs on a deleted host go back to automatic placement
    /// and elements framed by a deleted element stay where they are, unframed.
    /// </summary>
    public static Topology Delete(Topology topology, IEnumerable<string> names)
    {
        var gone = names.ToHashSet(StringComparer.Ordinal);
        if (gone.Count == 0) return topology;
        var remaining = topology.Elements.Where(e => !gone.Contains(e.Name)).Select(e => WithoutReferences(e, gone)).ToEquatableArray();
        return topology with
        {
            Elements = remaining,
            Links = topology.Links.Where(l => !gone.Contains(l.A.Element) && !gone.Contains(l.B.Element)).ToEquatableArray(),
            NatRules = topology.NatRules.Where(r => !gone.Contains(r.Device) && !Names(r.MatchSource, gone) && !Names(r.MatchDestination, gone)).ToEquatableArray(),
        };
    }

    private static Element WithoutReferences(Element element, HashSet<string> gone)
    {
        var result = element.Canvas.ParentName is { } parent && gone.Contains(parent)
            ? element with { Canvas = element.Canvas with { ParentName = null } }
            : element;
        return result switch
        {
            VirtualMachine vm => vm with
            {
                HostName = Keep(vm.HostName, gone),
                ClusterName = Keep(vm.ClusterName, gone),
                DatastoreName = Keep(vm.DatastoreName, gone),
            },
            PhysicalHost host => host with { ClusterName = Keep(host.ClusterName, gone) },
            Cluster cluster => cluster with
            {
                Hosts = cluster.Hosts.Where(h => !gone.Contains(h)).ToEquatableArray(),
                SharedDatastores = cluster.SharedDatastores.Where(d => !gone.Contains(d)).ToEquatableArray(),
                Ha = cluster.Ha.FailoverHosts is { } standby ? cluster.Ha with { FailoverHosts = standby.Where(h => !gone.Contains(h)).ToEquatableArray() } : cluster.Ha,
            },
            Firewall firewall => firewall with
            {
                Rules = firewall.Rules.Where(r => !Names(r.Source, gone) && !Names(r.Destination, gone)).ToEquatableArray(),
            },
            LoadBalancer balancer => balancer with { Members = balancer.Members.Where(m => !gone.Contains(m.Element)).ToEquatableArray() },
            StorageSystem storage => storage with
            {
                Shares = storage.Shares.Select(s => s with
                {
                    Acl = s.Acl.Where(a => !(a.Principal.Kind == SharePrincipalKind.Vm && gone.Contains(a.Principal.Name!))).ToEquatableArray(),
                }).ToEquatableArray(),
            },
            _ => result,
        };
    }

    private static string? Keep(string? reference, HashSet<string> gone) => reference is not null && gone.Contains(reference) ? null : reference;

    private static bool Names(RuleEndpoint endpoint, HashSet<string> gone) =>
        endpoint.Kind == RuleEndpointKind.Element && gone.Contains(endpoint.Name!);
}
