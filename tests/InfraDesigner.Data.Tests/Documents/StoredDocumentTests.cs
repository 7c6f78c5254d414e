using InfraDesigner.Data.Documents;
using InfraDesigner.Data.Tests.Support;
using InfraDesigner.Domain;
using InfraDesigner.Domain.Compute;
using InfraDesigner.Domain.Documents;
using InfraDesigner.Domain.Samples;

namespace InfraDesigner.Data.Tests.Documents;

public sealed class StoredDocumentTests
{
    [Fact]
    public void A_stored_sample_reads_back_as_the_same_topology()
    {
        StoredDocument.Read(Samples.Document("zones-firewall")).ShouldBe(SampleTopologies.Get("zones-firewall").Topology);
    }

    [Fact]
    public void A_stored_document_that_a_validator_would_refuse_still_opens()
    {
        var sample = SampleTopologies.Get("zones-firewall").Topology;
        var vm = sample.Elements.OfType<VirtualMachine>().First();
        var onUnknownHost = sample with { Elements = sample.Elements.Select(e => e == vm ? vm with { HostName = "no-such-host" } : e).ToEquatableArray() };
        TopologyDocumentSerializer.Import(TopologyDocumentSerializer.Export(onUnknownHost)).Succeeded.ShouldBeFalse();

        StoredDocument.Read(TopologyDocumentSerializer.Export(onUnknownHost)).ShouldBe(onUnknownHost);
    }

    [Fact]
    public void A_document_that_cannot_be_read_is_refused_with_the_path_of_each_error()
    {
        var refused = Should.Throw<UnreadableDocumentException>(() => StoredDocument.Read("""{"formatVersion": 1, "name": 5}"""));

        refused.Errors.ShouldNotBeEmpty();
        refused.Errors.ShouldAllBe(e => e.Path.Length > 0);
        refused.Message.ShouldContain(refused.Errors[0].Path);
    }
}
