using System.Net;
using InfraDesigner.Domain.Addressing;

namespace InfraDesigner.Domain.Tests.Addressing;

public sealed class Ipv4Tests
{
    [Theory]
    [InlineData("1")]
    [InlineData("10.1")]
    [InlineData("0x0a.0.0.1")]
    [InlineData("10.0.0.1.")]
    [InlineData("10.0.0.256")]
    [InlineData("10.0.0.1234")]
    [InlineData("fe80::1")]
    public void Only_four_dotted_decimal_octets_are_an_address(string text)
    {
        Ipv4.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldBe($"{text} is not an IPv4 address.");
    }

    [Fact]
    public void Addresses_convert_to_and_from_32_bit_numbers()
    {
        Ipv4.ToUInt32(IPAddress.Parse("10.1.2.3")).ShouldBe(0x0A010203u);
        Ipv4.FromUInt32(0xC0A80001u).ShouldBe(IPAddress.Parse("192.168.0.1"));
    }

    [Theory]
    [InlineData("10.20.30.40", true)]
    [InlineData("172.31.255.1", true)]
    [InlineData("172.32.0.1", false)]
    [InlineData("192.168.10.11", true)]
    [InlineData("203.0.113.10", false)]
    public void Private_ranges_are_the_rfc_1918_ones(string address, bool expected)
    {
        Ipv4.IsPrivate(IPAddress.Parse(address)).ShouldBe(expected);
    }
}
