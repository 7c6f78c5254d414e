using System.Net;
using InfraDesigner.Domain.Storage;
using M = InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Compilation;

/// <summary>Share access lists as the network sees them: subnets as written, VMs by their addresses.</summary>
internal static class ShareAcls
{
    // An account or group is checked at login, after the network delivered the packet: the network admits any client.
    private static readonly IPNetwork Everyone = new(IPAddress.Any, 0);

    public static IEnumerable<M.ShareAcl> Of(StorageSystem storage, AddressBook addresses) => storage.Shares.Select(share =>
        new M.ShareAcl(share.Name, StorageProtocols.PortOf(share.Protocol), share.Acl.SelectMany(entry => Clients(entry.Principal, addresses)).Distinct().ToArray()));

    private static IEnumerable<IPNetwork> Clients(SharePrincipal principal, AddressBook addresses) => principal.Kind switch
    {
        SharePrincipalKind.Subnet => [principal.Subnet!.Value.Network],
        SharePrincipalKind.Vm => addresses.Of(principal.Name!).Select(a => ModelMapping.Host(a.Address)),
        _ => [Everyone],
    };
}
