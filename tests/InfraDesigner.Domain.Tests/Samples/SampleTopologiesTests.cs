using InfraDesigner.Domain.Documents;
using InfraDesigner.Domain.Samples;
using InfraDesigner.Domain.Validation;

namespace InfraDesigner.Domain.Tests.Samples;

public sealed class SampleTopologiesTests
{
    public static TheoryData<string> SampleNames => new(SampleTopologies.All.Select(sample => sample.Name));

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Every_sample_validates_without_errors(string name)
    {
        var problems = TopologyValidator.Validate(SampleTopologies.Get(name).Topology);

        problems.Where(problem => problem.IsError).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Every_sample_validates_without_warnings(string name)
    {
        TopologyValidator.Validate(SampleTopologies.Get(name).Topology).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Every_sample_round_trips_through_the_document_format(string name)
    {
        var original = SampleTopologies.Get(name).Topology;

        var result = TopologyDocumentSerializer.Import(TopologyDocumentSerializer.Export(original));

        result.Problems.ShouldBeEmpty();
        result.Topology.ShouldBe(original);
    }

    [Fact]
    public void The_samples_are_the_seven_worked_questions_in_order()
    {
        SampleTopologies.All.Select(sample => sample.Name).ShouldBe(
            ["zones-firewall", "zones-eai", "vlans", "web-lb", "nas-share", "cluster-capacity", "live-migration"]);
    }

    [Fact]
    public void Every_sample_has_a_title_and_a_description_and_its_topology_carries_its_name()
    {
        foreach (var sample in SampleTopologies.All)
        {
            sample.Title.ShouldNotBeNullOrWhiteSpace();
            sample.Description.ShouldNotBeNullOrWhiteSpace();
            sample.Topology.Name.ShouldBe(sample.Name);
        }
    }

    [Theory]
    [InlineData("zones-firewall", "app-a fw-ab sap switch router")]
    [InlineData("zones-eai", "app-a fw-ab sap eai switch router")]
    [InlineData("vlans", "sw1 PC1 PC2 PC3 PC4")]
    [InlineData("web-lb", "user fw-edge router lb web1 web2 web3")]
    [InlineData("nas-share", "nas vm-new1 vm-new2 vm1 vm2 vm3 vm4 vm5")]
    [InlineData("cluster-capacity", "host1 host2")]
    [InlineData("live-migration", "vm-db host1 host2")]
    public void Samples_use_the_element_names_of_the_domain_questions(string sample, string names)
    {
        var topology = SampleTopologies.Get(sample).Topology;

        foreach (var name in names.Split(' '))
        {
            topology.FindElement(name).ShouldNotBeNull($"{sample} should contain {name}");
        }
    }

    [Fact]
    public void Finding_an_unknown_sample_names_the_known_ones()
    {
        Should.Throw<ArgumentException>(() => SampleTopologies.Get("nope")).Message.ShouldContain("zones-firewall");
    }
}
