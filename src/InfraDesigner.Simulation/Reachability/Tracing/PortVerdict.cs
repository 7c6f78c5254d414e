using InfraDesigner.Simulation.Reachability.Compiled;
using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Tracing;

/// <summary>
/// The disposition of a skeleton path (traced with every firewall passing) for one concrete port: replay its firewall
/// crossings in order with that port, then look for a listener where it was delivered. Gives the same answer as a full
/// trace for every path the skeleton did not mark port-dependent.
/// </summary>
internal static class PortVerdict
{
    public static Disposition For(NetworkSnapshot snapshot, TracedPath skeleton, Protocol protocol, int port)
    {
        // In path order: a firewall on the way denies before anything later can fail.
        if (FirstDenial(snapshot, skeleton, port, reply: false) is { } denied)
            return denied.ToSelf ? Disposition.DeniedIn : Disposition.DeniedOut;
        var reached = skeleton.Path.Disposition;
        if (reached is not (Disposition.Accepted or Disposition.NoListener or Disposition.ReturnBlocked))
            return reached;
        if (protocol != Protocol.Icmp && !snapshot.DeviceArray[skeleton.EndDevice].Listeners.Any(l => l.Port == port && (l.Protocol == Protocol.Any || l.Protocol == protocol)))
            return Disposition.NoListener;
        return reached == Disposition.ReturnBlocked || FirstDenial(snapshot, skeleton, port, reply: true) is not null
            ? Disposition.ReturnBlocked
            : Disposition.Accepted;
    }

    private static Crossing? FirstDenial(NetworkSnapshot snapshot, TracedPath skeleton, int port, bool reply)
    {
        foreach (var crossing in skeleton.Crossings)
        {
            if (crossing.Reply != reply)
                continue;
            var packet = reply ? crossing.Packet with { SourcePort = port } : crossing.Packet with { Port = port };
            if (snapshot.Policies[crossing.Firewall]!.Evaluate(crossing.InZone, crossing.OutZone, packet).Action == RuleAction.Deny)
                return crossing;
        }
        return null;
    }
}
