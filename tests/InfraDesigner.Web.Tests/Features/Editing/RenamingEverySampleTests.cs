using InfraDesigner.Domain.Samples;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Domain.Validation;
using InfraDesigner.Web.Features.Editing;

namespace InfraDesigner.Web.Tests.Features.Editing;

/// <summary>
/// Renaming is checked over every element and zone of every sample: the samples name elements after
/// their kinds and roles ("sap", "router"), which a rename must leave alone.
/// </summary>
public sealed class RenamingEverySampleTests
{
    public static TheoryData<string, string> EveryElement() =>
        Cases(topology => topology.Elements.Select(e => e.Name));

    public static TheoryData<string, string> EveryZone() =>
        Cases(topology => topology.Zones.Select(z => z.Name));

    [Theory]
    [MemberData(nameof(EveryElement))]
    public void Renaming_an_element_keeps_its_kind_roles_and_services_and_adds_no_problem(string sample, string name)
    {
        var topology = SampleTopologies.Get(sample).Topology;

        var renamed = TopologyEdits.Rename(topology, name, name + "2");

        renamed.FindElement(name).ShouldBeNull();
        var before = topology.FindElement(name)!;
        var after = renamed.FindElement(name + "2").ShouldNotBeNull();
        after.Kind.ShouldBe(before.Kind);
        after.Roles.ShouldBe(before.Roles);
        after.Services.ShouldBe(before.Services);
        Problems(renamed).ShouldBe(Problems(topology));
        TopologyEdits.Rename(renamed, name + "2", name).ShouldBe(topology);
    }

    [Theory]
    [MemberData(nameof(EveryZone))]
    public void Renaming_a_zone_adds_no_problem(string sample, string name)
    {
        var topology = SampleTopologies.Get(sample).Topology;

        var renamed = TopologyEdits.RenameZone(topology, name, name + "2");

        renamed.FindZone(name).ShouldBeNull();
        Problems(renamed).ShouldBe(Problems(topology));
        TopologyEdits.RenameZone(renamed, name + "2", name).ShouldBe(topology);
    }

    private static TheoryData<string, string> Cases(Func<Topology, IEnumerable<string>> names)
    {
        var cases = new TheoryData<string, string>();
        foreach (var sample in SampleTopologies.All)
        {
            foreach (var name in names(sample.Topology)) cases.Add(sample.Name, name);
        }
        return cases;
    }

    /// <summary>Where the problems are and how bad, not their text (which names the element).</summary>
    private static string[] Problems(Topology topology) =>
        [.. TopologyValidator.Validate(topology).Select(p => $"{p.Severity} at {p.Path}")];
}
