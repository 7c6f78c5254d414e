using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Samples;
using InfraDesigner.Web.Features.Editing;

namespace InfraDesigner.Web.Tests.Features.Editing;

/// <summary>A rule's source or destination read from what a user types, against zones-eai (zones A, integration, B; app-a, eai, sap ...).</summary>
public sealed class RuleEndpointChoicesTests
{
    private static readonly RuleEndpointChoices Zones = RuleEndpointChoices.Of(SampleTopologies.ZonesEai.Topology);

    [Theory]
    [InlineData("app-a", "element:app-a")]
    [InlineData(" sap ", "element:sap")]
    [InlineData("integration", "zone:integration")]
    [InlineData("a", "zone:A")]
    [InlineData("10.10.10.0/24", "subnet:10.10.10.0/24")]
    [InlineData("10.10.10.77/24", "subnet:10.10.10.0/24")]
    [InlineData("10.20.20.10", "subnet:10.20.20.10/32")]
    [InlineData("any", "any")]
    [InlineData("ANY", "any")]
    [InlineData("element:eai", "element:eai")]
    [InlineData("zone:B", "zone:B")]
    [InlineData("subnet:10.30.30.0/24", "subnet:10.30.30.0/24")]
    public void A_name_zone_subnet_or_document_form_is_read_as_its_endpoint(string typed, string endpoint)
    {
        Zones.TryRead(typed, out var read, out var error).ShouldBeTrue(error);
        read.ToString().ShouldBe(endpoint);
    }

    [Theory]
    [InlineData("app-z", "No element, zone or subnet 'app-z' in this topology: choose one from the list, or type any, a name or a subnet like 10.0.1.0/24.")]
    [InlineData("", "Choose any, an element, a zone or a subnet.")]
    [InlineData("host:app-a", "No element, zone or subnet 'host:app-a' in this topology: choose one from the list, or type any, a name or a subnet like 10.0.1.0/24.")]
    public void Text_that_names_nothing_in_the_drawing_is_refused_with_the_reason(string typed, string message)
    {
        Zones.TryRead(typed, out _, out var error).ShouldBeFalse();
        error.ShouldBe(message);
    }

    [Theory]
    [InlineData("10.0.0.300/24")]
    [InlineData("subnet:10.0.0.300/24")]
    public void A_broken_subnet_is_refused_as_a_subnet(string typed)
    {
        Zones.TryRead(typed, out _, out var error).ShouldBeFalse();
        error.ShouldStartWith("10.0.0.300/24 is not an IPv4 CIDR");
    }

    [Fact]
    public void A_name_shared_by_a_zone_and_an_element_is_refused_with_both_choices()
    {
        var topology = SampleTopologies.ZonesEai.Topology;
        var shared = RuleEndpointChoices.Of(topology with { Elements = [.. topology.Elements.Select(e => e.Name == "eai" ? e with { Name = "integration" } : e)] });

        shared.TryRead("integration", out _, out var error).ShouldBeFalse();

        error.ShouldBe("'integration' is both a zone and an element: choose zone:integration or element:integration.");
        shared.TryRead("zone:integration", out var zone, out _).ShouldBeTrue();
        zone.ShouldBe(RuleEndpoint.Zone("integration"));
    }

    [Fact]
    public void The_list_offers_any_every_element_every_zone_and_each_subnet_once()
    {
        var topology = SampleTopologies.ZonesEai.Topology;
        var values = Zones.All.Select(c => c.Value).ToList();

        values[0].ShouldBe("any");
        values.ShouldBeUnique();
        foreach (var element in topology.Elements) values.ShouldContain($"element:{element.Name}");
        foreach (var zone in topology.Zones) values.ShouldContain($"zone:{zone.Name}");
        values.ShouldContain("subnet:10.10.10.0/24");
        values.ShouldContain("subnet:10.0.0.0/30");
        values.Count(v => v == "subnet:10.30.30.0/24").ShouldBe(1);
        Zones.All.Single(c => c.Value == "element:app-a").Label.ShouldBe("virtual machine app-a");
        Zones.All.Single(c => c.Value == "subnet:10.10.10.0/24").Label.ShouldBe("VLAN 10 zone-a-servers");
    }
}
