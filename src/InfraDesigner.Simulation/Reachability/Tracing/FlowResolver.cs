using System.Net;
using InfraDesigner.Domain.Validation;
using InfraDesigner.Simulation.Reachability.Compiled;
using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Tracing;

/// <summary>Turns names in a question into a concrete packet: devices exactly, then ignoring case, then by IP; services and shares by name.</summary>
internal static class FlowResolver
{
    public const int EphemeralPort = 49152;

    public static int? FindDevice(NetworkSnapshot snapshot, string name)
    {
        var ids = snapshot.Forwarding.DeviceIds;
        if (ids.TryGetValue(name, out var exact))
            return exact;
        var folded = ids.Keys.Where(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase)).ToArray();
        if (folded.Length == 1)
            return ids[folded[0]];
        if (IPAddress.TryParse(name, out var ip) && ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork
            && snapshot.Forwarding.AddressOwners.TryGetValue(Ipv4.ToUInt(ip), out var owners))
            return snapshot.Forwarding.Interfaces[owners[0]].Device;
        return null;
    }

    /// <summary>Every name a question may use: devices, listeners and shares.</summary>
    public static IEnumerable<string> Names(NetworkSnapshot snapshot) => snapshot.Devices
        .SelectMany(d => d.Listeners.Select(l => l.Name).Concat(d.Shares.Select(s => s.Name)).Prepend(d.Name))
        .Distinct();

    public static ResolvedFlow Resolve(NetworkSnapshot snapshot, TraceQuestion question)
    {
        var f = snapshot.Forwarding;
        var source = FindDevice(snapshot, question.Source) ?? throw new ArgumentException($"no element named '{question.Source}'");
        var (destinationName, destination, servicePort, share) = Destination(snapshot, question.Destination);
        var protocol = question.Protocol == Protocol.Any ? Protocol.Tcp : question.Protocol;
        var port = protocol == Protocol.Icmp ? 0 : question.Port ?? servicePort
            ?? throw new ArgumentException($"no port given for {protocol.ToString().ToLowerInvariant()} to '{question.Destination}'");
        if (protocol != Protocol.Icmp && !Limits.IsPort(port))
            throw new ArgumentOutOfRangeException(nameof(question), $"port {port} is out of range {Limits.Ports}");
        var sourceAddress = SourceAddress(snapshot, source, question.SourceInterface, destination);
        var packet = new Packet(sourceAddress, destination, protocol, port, EphemeralPort);
        var flow = new Flow(snapshot.DeviceArray[source].Name, Ipv4.Format(sourceAddress), destinationName, Ipv4.Format(destination), protocol, port);
        return new ResolvedFlow(source, packet, share, flow);
    }

    /// <summary>A flow between two known devices to the first address of the destination, without parsing names.</summary>
    public static ResolvedFlow ForDevices(NetworkSnapshot snapshot, int source, int destination, Protocol protocol, int port) =>
        ForService(snapshot, source, destination, snapshot.Forwarding.DeviceAddresses[destination][0], protocol, port, null);

    /// <summary>A flow between two known devices to one of the destination's addresses (a VIP's), asking for <paramref name="share"/> when given.</summary>
    public static ResolvedFlow ForService(NetworkSnapshot snapshot, int source, int destination, uint address, Protocol protocol, int port, string? share)
    {
        var packet = PacketTo(snapshot, source, address, protocol, port);
        var flow = new Flow(snapshot.DeviceArray[source].Name, Ipv4.Format(packet.Source), snapshot.DeviceArray[destination].Name, Ipv4.Format(packet.Destination), protocol, packet.Port);
        return new ResolvedFlow(source, packet, share, flow);
    }

    /// <summary>The packet of <see cref="ForDevices"/> alone, for callers that need no names.</summary>
    public static Packet PacketForDevices(NetworkSnapshot snapshot, int source, int destination, Protocol protocol, int port) =>
        PacketTo(snapshot, source, snapshot.Forwarding.DeviceAddresses[destination][0], protocol, port);

    private static Packet PacketTo(NetworkSnapshot snapshot, int source, uint address, Protocol protocol, int port) =>
        new(SourceAddress(snapshot, source, null, address), address, protocol, protocol == Protocol.Icmp ? 0 : port, EphemeralPort);

    private static (string Name, uint Address, int? Port, string? Share) Destination(NetworkSnapshot snapshot, string name)
    {
        var f = snapshot.Forwarding;
        if (FindDevice(snapshot, name) is { } device && f.DeviceAddresses[device].Length > 0)
            return (snapshot.DeviceArray[device].Name, f.DeviceAddresses[device][0], null, null);
        foreach (var (d, index) in snapshot.DeviceArray.Select((d, i) => (d, i)))
        {
            if (f.DeviceAddresses[index].Length == 0)
                continue;
            if (d.Listeners.FirstOrDefault(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase)) is { } listener)
                return (d.Name, f.DeviceAddresses[index][0], listener.Port, null);
            if (d.Shares.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)) is { } share)
                return (d.Name, f.DeviceAddresses[index][0], share.Port, share.Name);
        }
        if (IPAddress.TryParse(name, out var ip) && ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork)
            return (name, Ipv4.ToUInt(ip), null, null);
        throw new ArgumentException($"no element named '{name}'");
    }

    // The kernel picks the source address of the interface the route leaves by; so do we.
    private static uint SourceAddress(NetworkSnapshot snapshot, int device, string? interfaceName, uint destination)
    {
        var f = snapshot.Forwarding;
        var interfaces = f.DeviceInterfaces[device].Select(i => f.Interfaces[i]).Where(i => i.HasAddress).ToArray();
        if (interfaces.Length == 0)
            throw new ArgumentException($"'{snapshot.DeviceArray[device].Name}' has no IP address");
        if (interfaceName is not null)
            return (interfaces.FirstOrDefault(i => i.Model.Name == interfaceName)
                ?? throw new ArgumentException($"'{snapshot.DeviceArray[device].Name}' has no addressed interface '{interfaceName}'")).Address;
        var routes = f.Routes[device].Lookup(destination);
        return routes.Length > 0 ? f.Interfaces[routes[0].OutInterface].Address : interfaces[0].Address;
    }
}
