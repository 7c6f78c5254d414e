using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Ask;

/// <summary>Something a flow can be sent to on a device: ping, a listener, a VIP or a NAS share (traced against its access list).</summary>
internal sealed record ServiceTarget(string Name, Protocol Protocol, int Port, uint Address, string? Share = null)
{
    /// <summary>
    /// The device's listeners, virtual services and shares by port (after ping when <paramref name="ping"/> and the question
    /// names no port), as far as they fit <paramref name="protocol"/> (<see cref="Protocol.Any"/> for all) and <paramref name="port"/>.
    /// </summary>
    public static IEnumerable<ServiceTarget> Of(NetworkSnapshot snapshot, int device, Protocol protocol, int? port, bool ping)
    {
        var d = snapshot.DeviceArray[device];
        var address = snapshot.Forwarding.DeviceAddresses[device][0];
        // A share stands for the listener that serves it: its line says whether the share's access list admits the source.
        IEnumerable<ServiceTarget> services = d.Listeners.Where(l => !d.Shares.Any(s => s.Port == l.Port))
            .Select(l => new ServiceTarget(l.Name, Concrete(l.Protocol), l.Port, address))
            .Concat(d.VirtualServices.Select(v => new ServiceTarget(v.Name, Concrete(v.Protocol), v.Port, Ipv4.ToUInt(v.Address))))
            .Concat(d.Shares.Select(s => new ServiceTarget(s.Name, Protocol.Tcp, s.Port, address, s.Name)))
            .OrderBy(s => s.Port);
        if (ping && (protocol == Protocol.Icmp || (protocol == Protocol.Any && port is null)))
            services = services.Prepend(new ServiceTarget(ServiceAnswer.Ping, Protocol.Icmp, 0, address));
        return services.Where(s => (protocol == Protocol.Any || s.Protocol == protocol) && (port is null || s.Port == port));
    }

    private static Protocol Concrete(Protocol protocol) => protocol == Protocol.Any ? Protocol.Tcp : protocol;
}
