using InfraDesigner.Simulation.Reachability.Matrix;
using InfraDesigner.Simulation.Reachability.Model;
using InfraDesigner.Simulation.Reachability.Tracing;

namespace InfraDesigner.Simulation.Reachability.Ask;

/// <summary>The flows of a question without one port, each traced in full: what decided it is in its trace.</summary>
internal static class ServiceList
{
    /// <summary>Source to each service of Destination (ping is the question's own answer).</summary>
    public static IReadOnlyList<ServiceAnswer> Between(NetworkSnapshot snapshot, AskedQuestion asked, CancellationToken cancellationToken) =>
        Rows(snapshot, Device(snapshot, asked.Source!), Device(snapshot, asked.Destination!), asked, null, ping: false, unheardPort: false, cancellationToken).ToArray();

    /// <summary>"What can reach X": every other end device to X's services; "what can X reach": X to every other end device's services.</summary>
    public static IReadOnlyList<ServiceAnswer> Of(NetworkSnapshot snapshot, AskedQuestion asked, CancellationToken cancellationToken)
    {
        var ends = Enumerable.Range(0, snapshot.DeviceArray.Length).Where(d => MatrixEndpoints.IsEndDevice(snapshot, d));
        if (asked.Kind == AskKind.Reaching)
        {
            var (destination, service) = Owner(snapshot, asked.Destination!);
            return ends.Where(s => s != destination)
                .SelectMany(s => Rows(snapshot, s, destination, asked, service, ping: service is null, unheardPort: true, cancellationToken))
                .ToArray();
        }
        var source = Device(snapshot, asked.Source!);
        return ends.Where(d => d != source)
            .SelectMany(d => Rows(snapshot, source, d, asked, null, ping: true, unheardPort: false, cancellationToken))
            .ToArray();
    }

    // A port nothing listens on is still worth a line when the question names the destination: it says "nothing listens".
    private static IEnumerable<ServiceAnswer> Rows(NetworkSnapshot snapshot, int source, int destination, AskedQuestion asked, string? service, bool ping, bool unheardPort, CancellationToken cancellationToken)
    {
        var targets = ServiceTarget.Of(snapshot, destination, asked.Protocol, asked.Port, ping)
            .Where(t => service is null || string.Equals(t.Name, service, StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (targets.Count == 0 && unheardPort && asked.Port is { } port)
            targets.Add(new ServiceTarget($"port {port}", asked.Protocol == Protocol.Any ? Protocol.Tcp : asked.Protocol, port, snapshot.Forwarding.DeviceAddresses[destination][0]));
        foreach (var target in targets)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var flow = FlowResolver.ForService(snapshot, source, destination, target.Address, target.Protocol, target.Port, target.Share);
            var question = new TraceQuestion(flow.Flow.Source, target.Share ?? flow.Flow.Destination, target.Protocol, target.Protocol == Protocol.Icmp ? null : target.Port);
            var trace = TraceAnalyzer.Analyze(snapshot, question, flow).Answer;
            yield return new ServiceAnswer(flow.Flow.Source, flow.Flow.Destination, target.Name, target.Protocol, flow.Flow.Port, trace);
        }
    }

    private static int Device(NetworkSnapshot snapshot, string name) =>
        FlowResolver.FindDevice(snapshot, name) ?? throw new ArgumentException($"no element named '{name}'");

    /// <summary>The device of an element name, or of a listener, VIP or share name together with that service.</summary>
    private static (int Device, string? Service) Owner(NetworkSnapshot snapshot, string name)
    {
        if (FlowResolver.FindDevice(snapshot, name) is { } device)
            return (device, null);
        for (var d = 0; d < snapshot.DeviceArray.Length; d++)
        {
            var owner = snapshot.DeviceArray[d];
            var names = owner.Listeners.Select(l => l.Name).Concat(owner.VirtualServices.Select(v => v.Name)).Concat(owner.Shares.Select(s => s.Name));
            if (snapshot.Forwarding.DeviceAddresses[d].Length > 0 && names.Contains(name, StringComparer.OrdinalIgnoreCase))
                return (d, name);
        }
        throw new ArgumentException($"no element named '{name}'");
    }
}
