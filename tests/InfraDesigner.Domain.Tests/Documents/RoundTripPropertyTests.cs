using FsCheck;
using FsCheck.Fluent;
using InfraDesigner.Domain.Documents;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Domain.Validation;

namespace InfraDesigner.Domain.Tests.Documents;

public sealed class RoundTripPropertyTests
{
    private static readonly Config TwoHundredCases = Config.QuickThrowOnFailure.WithMaxTest(200);

    [Fact]
    public void Random_valid_topologies_are_valid()
    {
        Check.One(TwoHundredCases, Prop.ForAll(ValidTopologies.Arbitrary, (Topology topology) =>
            !TopologyValidator.Validate(topology).HasErrors()));
    }

    [Fact]
    public void Export_then_import_gives_an_equal_topology()
    {
        Check.One(TwoHundredCases, Prop.ForAll(ValidTopologies.Arbitrary, (Topology topology) =>
        {
            var result = TopologyDocumentSerializer.Import(TopologyDocumentSerializer.Export(topology));
            return result.Succeeded && result.Topology == topology && result.Topology.GetHashCode() == topology.GetHashCode();
        }));
    }

    [Fact]
    public void Exporting_an_imported_document_gives_the_same_text()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(50), Prop.ForAll(ValidTopologies.Arbitrary, (Topology topology) =>
        {
            var json = TopologyDocumentSerializer.Export(topology);
            return TopologyDocumentSerializer.Export(TopologyDocumentSerializer.Import(json).Topology!) == json;
        }));
    }

    [Fact]
    public void A_changed_topology_is_not_equal_to_the_original()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(50), Prop.ForAll(ValidTopologies.Arbitrary, (Topology topology) =>
        {
            var first = topology.Elements[0];
            var moved = topology.WithElement(first with { Canvas = first.Canvas with { X = first.Canvas.X + 1 } });
            return moved != topology;
        }));
    }
}
