using System.Net;
using InfraDesigner.Domain.Addressing;

namespace InfraDesigner.Domain.Tests.Addressing;

public sealed class Ipv4CidrTests
{
    [Fact]
    public void A_cidr_keeps_the_host_address_and_the_prefix()
    {
        var cidr = Ipv4Cidr.Parse("10.0.0.5/24");

        cidr.Address.ShouldBe(IPAddress.Parse("10.0.0.5"));
        cidr.PrefixLength.ShouldBe(24);
        cidr.ToString().ShouldBe("10.0.0.5/24");
    }

    [Theory]
    [InlineData("10.0.0.5/24", "10.0.0.0", "10.0.0.255")]
    [InlineData("172.16.5.9/12", "172.16.0.0", "172.31.255.255")]
    [InlineData("192.168.1.1/32", "192.168.1.1", "192.168.1.1")]
    [InlineData("8.8.8.8/0", "0.0.0.0", "255.255.255.255")]
    [InlineData("10.0.0.2/30", "10.0.0.0", "10.0.0.3")]
    public void Network_and_broadcast_addresses_follow_the_prefix(string text, string network, string broadcast)
    {
        var cidr = Ipv4Cidr.Parse(text);

        cidr.NetworkAddress.ShouldBe(IPAddress.Parse(network));
        cidr.BroadcastAddress.ShouldBe(IPAddress.Parse(broadcast));
        cidr.Network.ShouldBe(new IPNetwork(IPAddress.Parse(network), cidr.PrefixLength));
    }

    [Theory]
    [InlineData("10.0.0.5/24", "10.0.0.200", true)]
    [InlineData("10.0.0.5/24", "10.0.1.1", false)]
    [InlineData("10.0.0.0/8", "10.255.255.255", true)]
    [InlineData("0.0.0.0/0", "203.0.113.7", true)]
    public void Contains_tells_whether_an_address_is_in_the_subnet(string cidr, string address, bool expected)
    {
        Ipv4Cidr.Parse(cidr).Contains(IPAddress.Parse(address)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("10.0.0.0/24", "10.0.0.128/25", true)]
    [InlineData("10.0.0.128/25", "10.0.0.0/24", true)]
    [InlineData("10.0.0.0/24", "10.0.1.0/24", false)]
    [InlineData("10.0.0.0/8", "10.200.0.0/16", true)]
    [InlineData("192.168.0.0/16", "172.16.0.0/12", false)]
    public void Overlap_is_symmetric_and_exact(string first, string second, bool expected)
    {
        Ipv4Cidr.Parse(first).Overlaps(Ipv4Cidr.Parse(second)).ShouldBe(expected);
        Ipv4Cidr.Parse(second).Overlaps(Ipv4Cidr.Parse(first)).ShouldBe(expected);
    }

    [Fact]
    public void A_subnet_contains_a_smaller_subnet_inside_it_but_not_the_reverse()
    {
        Ipv4Cidr.Parse("10.0.0.0/16").Contains(Ipv4Cidr.Parse("10.0.3.0/24")).ShouldBeTrue();
        Ipv4Cidr.Parse("10.0.3.0/24").Contains(Ipv4Cidr.Parse("10.0.0.0/16")).ShouldBeFalse();
    }

    [Theory]
    [InlineData("10.0.0.300/24")]
    [InlineData("10.0.0.5")]
    [InlineData("10.0.0.5/33")]
    [InlineData("10.0.0.5/-1")]
    [InlineData("10.0.5/24")]
    [InlineData("ten.0.0.5/24")]
    [InlineData("::1/64")]
    [InlineData("10.0.0.5/24/8")]
    [InlineData(" 10.0.0.5/24")]
    [InlineData("")]
    public void Malformed_text_is_not_an_ipv4_cidr_and_the_message_says_so(string text)
    {
        Ipv4Cidr.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldStartWith($"{text} is not an IPv4 CIDR");
        Should.Throw<FormatException>(() => Ipv4Cidr.Parse(text)).Message.ShouldBe(error);
    }

    [Fact]
    public void The_message_for_a_bad_octet_quotes_the_text()
    {
        Ipv4Cidr.TryParse("10.0.0.300/24", out _, out var error);

        error.ShouldStartWith("10.0.0.300/24 is not an IPv4 CIDR");
    }

    [Theory]
    [InlineData("10.0.0.0/24", true)]
    [InlineData("10.0.0.255/24", true)]
    [InlineData("10.0.0.1/24", false)]
    [InlineData("10.0.0.0/31", false)]
    [InlineData("10.0.0.0/32", false)]
    public void Network_and_broadcast_addresses_are_not_host_addresses_up_to_a_30(string text, bool expected)
    {
        Ipv4Cidr.Parse(text).IsNetworkOrBroadcastAddress.ShouldBe(expected);
    }
}
