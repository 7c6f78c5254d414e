using InfraDesigner.Domain;
using InfraDesigner.Domain.Compute;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Web.Features.Editing;

/// <summary>
/// Edits of a topology as pure functions Topology → Topology. An edit that cannot be made as asked
/// throws <see cref="EditRefusedException"/>; anything else it leaves valid is the validator's to judge.
/// </summary>
public static partial class TopologyEdits
{
    public static Topology AddElement(Topology topology, Element element) =>
        topology.FindElement(element.Name) is null
            ? topology with { Elements = topology.Elements.Add(element) }
            : throw EditRefusedException.At("name", $"Another element is already named '{element.Name}'.");

    public static Topology AddZone(Topology topology, NetworkZone zone) =>
        topology.FindZone(zone.Name) is null
            ? topology with { Zones = topology.Zones.Add(zone) }
            : throw EditRefusedException.At("name", $"Another zone is already named '{zone.Name}'.");

    public static Topology UpdateZone(Topology topology, string name, Func<NetworkZone, NetworkZone> change) =>
        topology.FindZone(name) is { } zone
            ? TopologyItems.With(topology, TopologyItems.KeyOf(zone), change(zone) with { Name = name })
            : throw EditRefusedException.At("name", $"There is no zone named '{name}'.");

    /// <summary>Removes a zone: its members stay, unframed; VLANs and firewall interfaces lose it; rules naming it go.</summary>
    public static Topology DeleteZone(Topology topology, string name) => topology with
    {
        Zones = topology.Zones.Where(z => z.Name != name).ToEquatableArray(),
        Vlans = topology.Vlans.Select(v => v.ZoneName == name ? v with { ZoneName = null } : v).ToEquatableArray(),
        Elements = topology.Elements.Select(e => WithoutZone(e, name)).ToEquatableArray(),
    };

    private static Element WithoutZone(Element element, string zone)
    {
        var result = element.Canvas.ParentName == zone ? element with { Canvas = element.Canvas with { ParentName = null } } : element;
        if (result.Interfaces.Any(i => i.ZoneName == zone))
            result = result with { Interfaces = result.Interfaces.Select(i => i.ZoneName == zone ? i with { ZoneName = null } : i).ToEquatableArray() };
        bool Names(RuleEndpoint e) => e.Kind == RuleEndpointKind.Zone && e.Name == zone;
        return result is Firewall firewall
            ? firewall with { Rules = firewall.Rules.Where(r => !Names(r.Source) && !Names(r.Destination)).ToEquatableArray() }
            : result;
    }

    /// <summary>Replaces an element by one with the same name (a property edit).</summary>
    public static Topology Update<T>(Topology topology, string name, Func<T, T> change) where T : Element =>
        topology.FindElement(name) is T element
            ? topology.WithElement(change(element) with { Name = name })
            : throw EditRefusedException.At("name", $"There is no {typeof(T).Name} named '{name}'.");

    public static Topology Replace(Topology topology, Element element) => Update<Element>(topology, element.Name, _ => element);

    /// <summary>Puts elements where the user dragged them; they then count as placed by hand (<see cref="CanvasInfo.ManuallyPositioned"/>).</summary>
    public static Topology Move(Topology topology, IEnumerable<(string Name, double X, double Y)> positions) =>
        positions.Aggregate(topology, (current, p) => Update<Element>(current, p.Name, e => e with { Canvas = e.Canvas with { X = p.X, Y = p.Y, ManuallyPositioned = true } }));

    public static Topology Resize(Topology topology, string name, double width, double height) =>
        Update<Element>(topology, name, e => e with { Canvas = e.Canvas with { Width = width, Height = height } });

    /// <summary>
    /// Puts an element into a frame (a zone, cluster or host) or takes it out (null). A VM put in a host
    /// runs there (and in the host's cluster); a host put in a cluster joins it.
    /// </summary>
    public static Topology PlaceIn(Topology topology, string name, string? parent)
    {
        var element = topology.FindElement(name) ?? throw EditRefusedException.At("name", $"There is no element named '{name}'.");
        var frame = parent is null ? null : topology.FindElement(parent);
        var placed = element with { Canvas = element.Canvas with { ParentName = parent } };
        var result = topology;
        switch (placed)
        {
            case VirtualMachine vm:
                var host = frame as PhysicalHost;
                placed = vm with { HostName = host?.Name, ClusterName = host?.ClusterName ?? (frame as Cluster)?.Name ?? (host is null ? vm.ClusterName : null) };
                break;
            case PhysicalHost physical:
                result = LeaveCluster(result, physical.Name);
                if (frame is Cluster cluster)
                {
                    result = Update<Cluster>(result, cluster.Name, c => c with { Hosts = c.Hosts.Add(physical.Name) });
                }
                placed = physical with { ClusterName = (frame as Cluster)?.Name };
                break;
        }
        return result.WithElement(placed);
    }

    private static Topology LeaveCluster(Topology topology, string host) =>
        topology.ElementsOf<Cluster>().Where(c => c.Hosts.Contains(host))
            .Aggregate(topology, (current, c) => Update<Cluster>(current, c.Name, x => x with { Hosts = x.Hosts.Where(h => h != host).ToEquatableArray() }));
}
