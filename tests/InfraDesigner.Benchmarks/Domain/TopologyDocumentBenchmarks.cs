using BenchmarkDotNet.Attributes;
using InfraDesigner.Domain;
using InfraDesigner.Domain.Documents;
using InfraDesigner.Domain.Samples;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Domain.Validation;

namespace InfraDesigner.Benchmarks.Domain;

/// <summary>
/// Import/export of the 10,000-element synthetic data centre (issue 3 target: import under 2 s).
/// Run: dotnet run -c Release --project tests/InfraDesigner.Benchmarks -- --job short --filter '*TopologyDocumentBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class TopologyDocumentBenchmarks
{
    private Topology dataCentre = null!;
    private string document = null!;

    [GlobalSetup]
    public void Setup()
    {
        dataCentre = SyntheticDataCentre.Generate();
        document = TopologyDocumentSerializer.Export(dataCentre);
        Console.WriteLine($"// 10,000-element document: {document.Length:N0} characters, {System.Text.Encoding.UTF8.GetByteCount(document):N0} bytes");
    }

    [Benchmark]
    public ImportResult Import() => TopologyDocumentSerializer.Import(document);

    [Benchmark]
    public string Export() => TopologyDocumentSerializer.Export(dataCentre);

    [Benchmark]
    public EquatableArray<Problem> Validate() => TopologyValidator.Validate(dataCentre);

    [Benchmark]
    public Topology Generate() => SyntheticDataCentre.Generate();
}
