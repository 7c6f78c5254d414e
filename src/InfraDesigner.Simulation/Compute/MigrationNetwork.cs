using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Simulation.Compute;

/// <summary>
/// Finds the widest layer-2 path between two hosts over the topology's cables: from a NIC of the
/// source (the Migration-purpose NICs when both hosts have one, else any enabled NIC), through
/// switches whose ports carry the same VLAN, to a NIC of the target. It does not route: a
/// migration network that crosses a router or firewall is reported as not found (vMotion over L3
/// needs its own gateway, which this model does not draw).
/// </summary>
public static class MigrationNetwork
{
    private readonly record struct Hop(LinkEndpoint At, int? Vlan);

    private readonly record struct Step(int Width, bool Assumed, Hop? Previous, LinkEndpoint? Egress);

    public static MigrationPath Find(Topology topology, string sourceHost, string targetHost)
    {
        var source = topology.FindElement(sourceHost);
        var target = topology.FindElement(targetHost);
        if (source is null || target is null)
        {
            return NotFound("a host is missing from the topology");
        }
        var purposeOnly = HasMigrationNic(source) && HasMigrationNic(target);
        var links = topology.Links.SelectMany(l => new[] { (From: l.A, To: l.B, l.SpeedMbps), (From: l.B, To: l.A, l.SpeedMbps) })
            .ToLookup(l => l.From);

        // Max-min (widest path) search; the graph is small, so a sorted frontier is enough.
        var best = new Dictionary<Hop, Step>();
        var frontier = new PriorityQueue<Hop, int>();
        foreach (var nic in Nics(source, purposeOnly))
        {
            var start = new Hop(new LinkEndpoint(source.Name, nic.Name), null);
            best[start] = new Step(int.MaxValue, false, null, null);
            frontier.Enqueue(start, -int.MaxValue);
        }
        Hop? reached = null;
        while (frontier.TryDequeue(out var hop, out var negativeWidth))
        {
            var (width, assumed, _, _) = best[hop];
            if (-negativeWidth < width)
            {
                continue;
            }
            if (hop.At.Element == target.Name)
            {
                reached = hop;
                break;
            }
            foreach (var exit in Exits(topology, hop, source.Name))
            {
                foreach (var cable in links[exit.At])
                {
                    if (Enter(topology, cable.To, exit.Vlan, target, purposeOnly) is not { } next)
                    {
                        continue;
                    }
                    var nextWidth = Math.Min(width, cable.SpeedMbps ?? MigrationPath.AssumedSpeedMbps);
                    if (!best.TryGetValue(next, out var known) || known.Width < nextWidth)
                    {
                        best[next] = new Step(nextWidth, assumed || cable.SpeedMbps is null, hop, exit.At);
                        frontier.Enqueue(next, -nextWidth);
                    }
                }
            }
        }
        return reached is { } end ? Describe(best, end, purposeOnly) : NotFound(
            $"no cabled layer-2 path joins {(purposeOnly ? "the migration NICs" : "any NICs")} of {sourceHost} and {targetHost}");
    }

    private static bool HasMigrationNic(Element host) => host.Interfaces.Any(i => i.Enabled && i.Purpose == InterfacePurpose.Migration);

    private static IEnumerable<NetworkInterface> Nics(Element host, bool purposeOnly) =>
        host.Interfaces.Where(i => i.Enabled && (!purposeOnly || i.Purpose == InterfacePurpose.Migration));

    /// <summary>Where a frame at <paramref name="hop"/> can leave: the host NIC itself, or the other ports of the switch carrying its VLAN.</summary>
    private static IEnumerable<Hop> Exits(Topology topology, Hop hop, string sourceHost)
    {
        if (hop.At.Element == sourceHost)
        {
            return [hop];
        }
        var device = topology.FindElement<Switch>(hop.At.Element);
        return device is null
            ? []
            : device.Interfaces
                .Where(port => port.Enabled && port.Name != hop.At.Interface && port.Switchport is { } mode && hop.Vlan is { } vlan && mode.Carries(vlan))
                .Select(port => new Hop(new LinkEndpoint(device.Name, port.Name), hop.Vlan));
    }

    /// <summary>The hop a cable leads to, or null when the frame stops there (a router, a wrong VLAN, a NIC of another element).</summary>
    private static Hop? Enter(Topology topology, LinkEndpoint end, int? vlan, Element target, bool purposeOnly)
    {
        var element = topology.FindElement(end.Element);
        var nic = element?.FindInterface(end.Interface);
        if (element is null || nic is not { Enabled: true })
        {
            return null;
        }
        if (element.Name == target.Name)
        {
            return !purposeOnly || nic.Purpose == InterfacePurpose.Migration ? new Hop(end, vlan) : null;
        }
        if (element is not Switch || nic.Switchport is not { } port)
        {
            return null;
        }
        var frameVlan = vlan ?? (port.Mode == SwitchportMode.Access ? port.AccessVlan : port.NativeVlan);
        return frameVlan is { } v && port.Carries(v) ? new Hop(end, v) : null;
    }

    private static MigrationPath Describe(Dictionary<Hop, Step> best, Hop end, bool purposeOnly)
    {
        var hops = new List<string>();
        for (Hop? at = end; at is { } hop; at = best[hop].Previous)
        {
            hops.Add(hop.At.ToString());
            if (best[hop].Egress is { } egress && egress != best[hop].Previous?.At)
            {
                hops.Add(egress.ToString());
            }
        }
        hops.Reverse();
        var (width, assumed, _, _) = best[end];
        var speed = $"{width:N0} Mbit/s{(assumed ? " (a link without a speed counted as 1 Gbit/s)" : "")}";
        var vlan = end.Vlan is { } v ? $" in VLAN {v}" : "";
        var which = purposeOnly ? "migration network" : "shared network (no migration NICs on both hosts)";
        return new MigrationPath(true, hops, width, assumed, end.Vlan, $"{which}{vlan}: {string.Join(" → ", hops)}, bottleneck {speed}");
    }

    private static MigrationPath NotFound(string why) => new(false, [], 0, false, null, why);
}
