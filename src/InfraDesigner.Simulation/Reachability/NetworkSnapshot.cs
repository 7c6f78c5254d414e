using InfraDesigner.Simulation.Reachability.Compiled;
using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability;

/// <summary>
/// The immutable forwarding model every analyzer reads. Built once (broadcast domains, route tables, rule buckets);
/// <see cref="WithPolicy"/> swaps one firewall's rules and shares everything else.
/// </summary>
public sealed class NetworkSnapshot
{
    private NetworkSnapshot(Device[] devices, IReadOnlyList<Link> links, ForwardingModel forwarding, CompiledPolicy?[] policies)
    {
        DeviceArray = devices;
        Links = links;
        Forwarding = forwarding;
        Policies = policies;
    }

    public IReadOnlyList<Device> Devices => DeviceArray;

    public IReadOnlyList<Link> Links { get; }

    public IReadOnlyCollection<string> Zones => Forwarding.Zones.Keys;

    internal Device[] DeviceArray { get; }

    internal ForwardingModel Forwarding { get; }

    internal CompiledPolicy?[] Policies { get; }

    public static NetworkSnapshot Create(IEnumerable<Device> devices, IEnumerable<Link> links)
    {
        var deviceArray = devices.ToArray();
        var linkList = links.ToArray();
        var forwarding = new ForwardingModel(deviceArray, linkList);
        var policies = deviceArray.Select((d, i) => forwarding.CompilePolicy(i, d.Policy)).ToArray();
        return new NetworkSnapshot(deviceArray, linkList, forwarding, policies);
    }

    public Device? FindDevice(string name) =>
        Forwarding.DeviceIds.TryGetValue(name, out var id) ? DeviceArray[id] : null;

    public Device Device(string name) =>
        FindDevice(name) ?? throw new ArgumentException($"no device named '{name}'", nameof(name));

    /// <summary>A snapshot where only <paramref name="firewall"/>'s policy differs; the rest of the compiled model is shared.</summary>
    public NetworkSnapshot WithPolicy(string firewall, FirewallPolicy policy)
    {
        var id = Forwarding.DeviceIds.TryGetValue(firewall, out var found)
            ? found
            : throw new ArgumentException($"no device named '{firewall}'", nameof(firewall));
        var devices = (Device[])DeviceArray.Clone();
        devices[id] = devices[id] with { Policy = policy };
        var policies = (CompiledPolicy?[])Policies.Clone();
        policies[id] = Forwarding.CompilePolicy(id, policy);
        return new NetworkSnapshot(devices, Links, Forwarding, policies);
    }

    /// <summary>A snapshot with one device replaced (same name); recompiles the forwarding model.</summary>
    public NetworkSnapshot WithDevice(Device device)
    {
        var id = Forwarding.DeviceIds.TryGetValue(device.Name, out var found)
            ? found
            : throw new ArgumentException($"no device named '{device.Name}'", nameof(device));
        var devices = (Device[])DeviceArray.Clone();
        devices[id] = device;
        return Create(devices, Links);
    }

    /// <summary>Devices whose firewall policy differs, when nothing else does; null when the forwarding model itself differs.</summary>
    internal IReadOnlyList<int>? PolicyOnlyChanges(NetworkSnapshot other)
    {
        if (!ReferenceEquals(Forwarding, other.Forwarding))
            return null;
        return Enumerable.Range(0, DeviceArray.Length).Where(i => !ReferenceEquals(Policies[i], other.Policies[i])).ToArray();
    }
}
