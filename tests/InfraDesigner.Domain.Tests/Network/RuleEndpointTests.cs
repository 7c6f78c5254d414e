using InfraDesigner.Domain.Addressing;
using InfraDesigner.Domain.Network;

namespace InfraDesigner.Domain.Tests.Network;

public sealed class RuleEndpointTests
{
    public static TheoryData<string, RuleEndpoint> Written => new()
    {
        { "any", RuleEndpoint.Any },
        { "zone:A", RuleEndpoint.Zone("A") },
        { "element:app-a", RuleEndpoint.Element("app-a") },
        { "subnet:10.0.0.0/24", RuleEndpoint.ForSubnet(Ipv4Cidr.Parse("10.0.0.0/24")) },
    };

    [Theory]
    [MemberData(nameof(Written))]
    public void Endpoints_parse_from_and_print_to_their_written_form(string text, RuleEndpoint expected)
    {
        RuleEndpoint.TryParse(text, out var endpoint, out _).ShouldBeTrue();
        endpoint.ShouldBe(expected);
        endpoint.ToString().ShouldBe(text);
    }

    [Theory]
    [InlineData("zone:", "'zone:' is not a rule endpoint")]
    [InlineData("host:app-a", "'host:app-a' is not a rule endpoint")]
    [InlineData("subnet:10.0.0.300/24", "10.0.0.300/24 is not an IPv4 CIDR")]
    [InlineData("ANY", "'ANY' is not a rule endpoint")]
    public void Malformed_endpoints_explain_themselves(string text, string message)
    {
        RuleEndpoint.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldStartWith(message);
    }
}
