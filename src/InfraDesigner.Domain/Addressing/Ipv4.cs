using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Sockets;

namespace InfraDesigner.Domain.Addressing;

/// <summary>Strict IPv4 address parsing and arithmetic on <see cref="IPAddress"/>.</summary>
public static class Ipv4
{
    private static readonly Ipv4Cidr[] PrivateRanges =
    [
        Ipv4Cidr.Parse("10.0.0.0/8"),
        Ipv4Cidr.Parse("172.16.0.0/12"),
        Ipv4Cidr.Parse("192.168.0.0/16"),
    ];

    /// <summary>Parses exactly four dotted decimal octets (no "10.1" short forms, no hex, no IPv6).</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out IPAddress? address, [NotNullWhen(false)] out string? error)
    {
        address = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "An IPv4 address is required.";
            return false;
        }
        var bytes = new byte[4];
        var parts = text.Split('.');
        var valid = parts.Length == 4;
        for (var i = 0; valid && i < 4; i++)
        {
            valid = TryParseOctet(parts[i], out bytes[i]);
        }
        if (!valid)
        {
            error = $"{text} is not an IPv4 address.";
            return false;
        }
        address = new IPAddress(bytes);
        error = null;
        return true;
    }

    public static IPAddress Parse(string text) =>
        TryParse(text, out var address, out var error) ? address : throw new FormatException(error);

    public static uint ToUInt32(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetwork)
        {
            throw new ArgumentException($"{address} is not an IPv4 address.", nameof(address));
        }
        Span<byte> bytes = stackalloc byte[4];
        address.TryWriteBytes(bytes, out _);
        return BinaryPrimitives.ReadUInt32BigEndian(bytes);
    }

    public static IPAddress FromUInt32(uint value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        return new IPAddress(bytes);
    }

    /// <summary>True for the RFC 1918 ranges 10/8, 172.16/12 and 192.168/16.</summary>
    public static bool IsPrivate(IPAddress address) => PrivateRanges.Any(range => range.Contains(address));

    private static bool TryParseOctet(string part, out byte octet)
    {
        octet = 0;
        return part.Length is >= 1 and <= 3 && part.All(char.IsAsciiDigit) && byte.TryParse(part, out octet);
    }
}
