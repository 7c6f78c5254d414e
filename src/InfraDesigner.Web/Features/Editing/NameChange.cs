using System.Diagnostics.CodeAnalysis;
using InfraDesigner.Domain;
using InfraDesigner.Domain.Compute;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Storage;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Web.Features.Editing;

/// <summary>
/// An element or zone taking a new name, applied to every field of the model that refers to it by name:
/// link ends, containment, hosts and clusters, datastores, affinity rules, rule and NAT endpoints, NAT
/// devices, pool members, proxy backends, share principals, interface and VLAN zones. Nothing else
/// changes, however it is spelt: kinds, roles, services, descriptions and DNS text stay as they are.
/// </summary>
internal sealed record NameChange(string OldName, string NewName, bool OfZone)
{
    public Topology ApplyTo(Topology topology) => topology with
    {
        Zones = topology.Zones.Select(z => z with { Name = ZoneRef(z.Name), Canvas = Canvas(z.Canvas) }).ToEquatableArray(),
        Vlans = topology.Vlans.Select(v => v with { ZoneName = ZoneRef(v.ZoneName) }).ToEquatableArray(),
        Elements = topology.Elements.Select(Element).ToEquatableArray(),
        Links = topology.Links.Select(l => l with { A = l.A with { Element = ElementRef(l.A.Element) }, B = l.B with { Element = ElementRef(l.B.Element) } }).ToEquatableArray(),
        NatRules = topology.NatRules.Select(r => r with
        {
            Device = ElementRef(r.Device),
            MatchSource = Endpoint(r.MatchSource),
            MatchDestination = Endpoint(r.MatchDestination),
        }).ToEquatableArray(),
        Intents = topology.Intents.Select(i => i with { From = ElementRef(i.From)!, To = ElementRef(i.To)! }).ToEquatableArray(),
    };

    private Element Element(Element element)
    {
        var renamed = element with
        {
            Name = ElementRef(element.Name),
            Canvas = Canvas(element.Canvas),
            Interfaces = element.Interfaces.Select(i => i with { ZoneName = ZoneRef(i.ZoneName) }).ToEquatableArray(),
        };
        return renamed switch
        {
            VirtualMachine vm => vm with { HostName = ElementRef(vm.HostName), ClusterName = ElementRef(vm.ClusterName), DatastoreName = ElementRef(vm.DatastoreName) },
            PhysicalHost host => host with { ClusterName = ElementRef(host.ClusterName) },
            ContainerHost containers => containers with { RunsOn = ElementRef(containers.RunsOn) },
            Cluster cluster => cluster with
            {
                Hosts = ElementRefs(cluster.Hosts),
                SharedDatastores = ElementRefs(cluster.SharedDatastores),
                Ha = cluster.Ha.FailoverHosts is { } standby ? cluster.Ha with { FailoverHosts = ElementRefs(standby) } : cluster.Ha,
                AffinityRules = cluster.AffinityRules.Select(r => r with { Vms = ElementRefs(r.Vms) }).ToEquatableArray(),
                VmHostRules = cluster.VmHostRules.Select(r => r with { Vms = ElementRefs(r.Vms), Hosts = ElementRefs(r.Hosts) }).ToEquatableArray(),
            },
            Firewall firewall => firewall with
            {
                Rules = firewall.Rules.Select(r => r with { Source = Endpoint(r.Source), Destination = Endpoint(r.Destination) }).ToEquatableArray(),
            },
            LoadBalancer balancer => balancer with { Members = balancer.Members.Select(m => m with { Element = ElementRef(m.Element) }).ToEquatableArray() },
            ReverseProxy proxy => proxy with { Routes = proxy.Routes.Select(r => r with { Backend = ElementRef(r.Backend) }).ToEquatableArray() },
            StorageSystem storage => storage with
            {
                Shares = storage.Shares.Select(s => s with { Acl = s.Acl.Select(a => a with { Principal = Principal(a.Principal) }).ToEquatableArray() }).ToEquatableArray(),
            },
            _ => renamed,
        };
    }

    /// <summary>A frame is an element or a zone; the name says which one is renamed.</summary>
    private CanvasInfo Canvas(CanvasInfo canvas) =>
        canvas.ParentName == OldName ? canvas with { ParentName = NewName } : canvas;

    private RuleEndpoint Endpoint(RuleEndpoint endpoint) => (endpoint.Kind, endpoint.Name == OldName, OfZone) switch
    {
        (RuleEndpointKind.Element, true, false) => RuleEndpoint.Element(NewName),
        (RuleEndpointKind.Zone, true, true) => RuleEndpoint.Zone(NewName),
        _ => endpoint,
    };

    private SharePrincipal Principal(SharePrincipal principal) =>
        principal.Kind == SharePrincipalKind.Vm && !OfZone && principal.Name == OldName ? SharePrincipal.Vm(NewName) : principal;

    private EquatableArray<string> ElementRefs(EquatableArray<string> names) => names.Select(name => ElementRef(name)).ToEquatableArray();

    [return: NotNullIfNotNull(nameof(name))]
    private string? ElementRef(string? name) => !OfZone && name == OldName ? NewName : name;

    [return: NotNullIfNotNull(nameof(name))]
    private string? ZoneRef(string? name) => OfZone && name == OldName ? NewName : name;
}
