using InfraDesigner.Domain.Documents;
using InfraDesigner.Domain.Samples;

namespace InfraDesigner.Data.Tests.Support;

public static class Samples
{
    public static string Document(string sample) => TopologyDocumentSerializer.Export(SampleTopologies.Get(sample).Topology, indented: false);
}
