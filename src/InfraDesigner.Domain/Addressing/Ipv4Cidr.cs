using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Sockets;

namespace InfraDesigner.Domain.Addressing;

/// <summary>
/// An IPv4 address with its prefix length, as written on an interface ("10.0.0.5/24"):
/// the host address is kept, <see cref="Network"/> gives the subnet.
/// </summary>
public readonly record struct Ipv4Cidr
{
    public Ipv4Cidr(IPAddress address, int prefixLength)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily != AddressFamily.InterNetwork)
        {
            throw new ArgumentException($"{address} is not an IPv4 address.", nameof(address));
        }
        ArgumentOutOfRangeException.ThrowIfNegative(prefixLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(prefixLength, 32);
        Address = address;
        PrefixLength = prefixLength;
    }

    public IPAddress Address { get; }

    public int PrefixLength { get; }

    public uint Mask => PrefixLength == 0 ? 0u : uint.MaxValue << (32 - PrefixLength);

    public IPAddress NetworkAddress => Ipv4.FromUInt32(Ipv4.ToUInt32(Address) & Mask);

    public IPAddress BroadcastAddress => Ipv4.FromUInt32(Ipv4.ToUInt32(Address) | ~Mask);

    /// <summary>The subnet this address belongs to, e.g. 10.0.0.0/24 for 10.0.0.5/24.</summary>
    public IPNetwork Network => new(NetworkAddress, PrefixLength);

    /// <summary>The subnet as a CIDR whose address is the network address.</summary>
    public Ipv4Cidr Subnet => new(NetworkAddress, PrefixLength);

    /// <summary>True when the address is the subnet's network or broadcast address (only meaningful up to /30).</summary>
    public bool IsNetworkOrBroadcastAddress =>
        PrefixLength <= 30 && (Address.Equals(NetworkAddress) || Address.Equals(BroadcastAddress));

    /// <summary>The network address as a number, for fast comparisons in engines.</summary>
    public uint NetworkValue => Ipv4.ToUInt32(Address) & Mask;

    public bool Contains(IPAddress address) =>
        address.AddressFamily == AddressFamily.InterNetwork && Contains(Ipv4.ToUInt32(address));

    /// <summary>True when the address, as a number (see <see cref="Ipv4.ToUInt32"/>), is in this subnet.</summary>
    public bool Contains(uint address) => (address & Mask) == NetworkValue;

    public bool Contains(Ipv4Cidr other) => other.PrefixLength >= PrefixLength && Contains(other.NetworkValue);

    public bool Overlaps(Ipv4Cidr other)
    {
        var widerMask = Math.Min(PrefixLength, other.PrefixLength) == PrefixLength ? Mask : other.Mask;
        return (NetworkValue & widerMask) == (other.NetworkValue & widerMask);
    }

    public static bool TryParse(string? text, out Ipv4Cidr cidr, [NotNullWhen(false)] out string? error)
    {
        cidr = default;
        var slash = text?.IndexOf('/') ?? -1;
        if (text is null || slash < 0
            || !Ipv4.TryParse(text[..slash], out var address, out _)
            || !int.TryParse(text[(slash + 1)..], System.Globalization.NumberStyles.None, null, out var prefix)
            || prefix > 32)
        {
            error = $"{text} is not an IPv4 CIDR (expected an address and a prefix length 0-32, like 10.0.0.5/24).";
            return false;
        }
        cidr = new Ipv4Cidr(address, prefix);
        error = null;
        return true;
    }

    public static Ipv4Cidr Parse(string text) =>
        TryParse(text, out var cidr, out var error) ? cidr : throw new FormatException(error);

    public override string ToString() => $"{Address}/{PrefixLength}";
}
