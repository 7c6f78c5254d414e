using System.Net;
using System.Net.Sockets;

namespace InfraDesigner.Simulation.Reachability.Model;

/// <summary>IPv4 addresses as 32-bit numbers, so the hot paths compare integers.</summary>
public static class Ipv4
{
    public static uint ToUInt(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetwork)
            throw new ArgumentException($"'{address}' is not an IPv4 address", nameof(address));
        Span<byte> bytes = stackalloc byte[4];
        address.TryWriteBytes(bytes, out _);
        return (uint)(bytes[0] << 24 | bytes[1] << 16 | bytes[2] << 8 | bytes[3]);
    }

    public static IPAddress ToAddress(uint value) =>
        new([(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value]);

    public static uint MaskOf(int prefixLength) => prefixLength == 0 ? 0u : uint.MaxValue << (32 - prefixLength);

    public static string Format(uint value) => $"{value >> 24}.{(value >> 16) & 255}.{(value >> 8) & 255}.{value & 255}";

    public static bool Contains(IPNetwork network, uint address) =>
        (address & MaskOf(network.PrefixLength)) == ToUInt(network.BaseAddress);
}
