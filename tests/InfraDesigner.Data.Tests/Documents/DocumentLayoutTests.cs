using InfraDesigner.Data.Documents;
using InfraDesigner.Data.Tests.Support;
using InfraDesigner.Domain.Documents;
using InfraDesigner.Domain.Samples;

namespace InfraDesigner.Data.Tests.Documents;

public sealed class DocumentLayoutTests
{
    public static TheoryData<string> SampleNames => new(SampleTopologies.All.Select(s => s.Name));

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Splitting_and_assembling_a_sample_gives_back_the_same_topology(string sample)
    {
        var (name, description, items) = DocumentLayout.Split(Samples.Document(sample));

        var assembled = DocumentLayout.Assemble(name, description, items);

        var imported = TopologyDocumentSerializer.Import(assembled);
        imported.Succeeded.ShouldBeTrue(string.Join("; ", imported.Problems));
        imported.Topology.ShouldBe(SampleTopologies.Get(sample).Topology);
    }

    [Fact]
    public void Elements_are_keyed_by_name_vlans_by_id_and_links_by_both_ends_in_either_order()
    {
        var (_, _, items) = DocumentLayout.Split(Samples.Document("vlans"));

        items.ShouldContain(i => i.Key == new ItemKey("elements", "PC1"));
        items.ShouldContain(i => i.Key == new ItemKey("vlans", "10"));
        var link = """{"a":{"element":"sw1","interface":"p1"},"b":{"element":"PC1","interface":"eth0"}}""";
        var reversed = """{"a":{"element":"PC1","interface":"eth0"},"b":{"element":"sw1","interface":"p1"}}""";
        DocumentLayout.KeyOf("links", link).ShouldBe(DocumentLayout.KeyOf("links", reversed));
        DocumentLayout.KeyOf("links", link).ShouldBe("PC1/eth0|sw1/p1");
    }

    [Fact]
    public void A_document_holding_an_item_twice_is_refused()
    {
        var twice = """{"formatVersion":1,"name":"t","zones":[{"name":"A"},{"name":"A"}]}""";

        Should.Throw<ArgumentException>(() => DocumentLayout.Split(twice)).Message.ShouldStartWith("The document holds zones[A] more than once.");
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Each_item_serialized_alone_is_exactly_the_item_the_whole_document_holds(string sample)
    {
        var topology = SampleTopologies.Get(sample).Topology;
        var (_, _, items) = DocumentLayout.Split(Samples.Document(sample));
        IEnumerable<object> all = [.. topology.Zones, .. topology.Vlans, .. topology.Templates, .. topology.Elements, .. topology.Links, .. topology.NatRules];

        foreach (var item in all)
        {
            var (collection, json) = TopologyItemSerializer.Serialize(item);
            var key = new ItemKey(collection, DocumentLayout.KeyOf(collection, json));
            items.Single(i => i.Key == key).Json.ShouldBe(json);
        }
    }
}
