using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Samples;
using InfraDesigner.Web.Features.Editing;

namespace InfraDesigner.Web.Tests.Features.Editing;

/// <summary>A rule's ports read from what a user types, against zones-eai (sap listens on 3200 and 3300, app-a and eai on https).</summary>
public sealed class RulePortChoicesTests
{
    private static RulePortChoices To(string destination) =>
        RulePortChoices.For(SampleTopologies.ZonesEai.Topology, RuleEndpoint.TryParse(destination, out var endpoint, out _) ? endpoint : throw new ArgumentException(destination));

    [Theory]
    [InlineData("", null)]
    [InlineData("any", null)]
    [InlineData("3300", "3300")]
    [InlineData(" 8000-8080 ", "8000-8080")]
    [InlineData("https", "443")]
    [InlineData("sap-gateway", "3300")]
    public void A_port_range_or_service_name_is_read_as_ports(string typed, string? ports)
    {
        To("element:sap").TryRead(typed, out var read, out var error).ShouldBeTrue(error);
        read?.ToString().ShouldBe(ports);
        (read is null).ShouldBe(ports is null);
    }

    [Theory]
    [InlineData("70000")]
    [InlineData("9000-8000")]
    [InlineData("gopher")]
    public void Anything_else_is_refused_with_what_is_expected(string typed)
    {
        To("any").TryRead(typed, out _, out var error).ShouldBeFalse();
        error.ShouldBe($"'{typed}' is not a port, a port range (like 3300 or 8000-8080, 1-65535) or the name of a service in this topology.");
    }

    [Fact]
    public void The_list_offers_the_destinations_own_services_or_else_every_service()
    {
        To("element:sap").All.Select(c => c.Value).ShouldBe(["any", "3200", "3300"]);
        To("element:sap").All[2].Label.ShouldBe("sap-gateway tcp on sap");
        To("zone:B").All.Select(c => c.Value).ShouldContain("443");
        To("zone:B").All.Single(c => c.Value == "443").Label.ShouldBe("https tcp on app-a, eai");
    }
}
