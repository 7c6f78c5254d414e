using BenchmarkDotNet.Attributes;
using InfraDesigner.Data;
using InfraDesigner.Data.Documents;
using InfraDesigner.Data.Store;
using InfraDesigner.Domain.Documents;
using InfraDesigner.Domain.Samples;
using InfraDesigner.Domain.Topologies;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Benchmarks.Data;

/// <summary>
/// The 10,000-element synthetic data centre on a real SQLite file (issue 3 targets: import under 2 s,
/// one element edit committed under 10 ms median, load into memory under 500 ms).
/// Run: dotnet run -c Release --project tests/InfraDesigner.Benchmarks -- --job short --filter '*TopologyStoreBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class TopologyStoreBenchmarks
{
    private string _folder = null!;
    private TopologyStore _store = null!;
    private string _document = null!;
    private Guid _id;
    private ItemKey _edited;
    private string _editedJson = null!;
    private long _version;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("infradesigner-bench").FullName;
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseSetup.Configure(options, DatabaseSettings.Sqlite($"Data Source={Path.Combine(_folder, "bench.db")}"));
        using (var db = new AppDbContext(options.Options)) DatabaseSetup.Migrate(db);
        _store = new TopologyStore(new Factory(options.Options), TimeProvider.System);
        _document = TopologyDocumentSerializer.Export(SyntheticDataCentre.Generate(), indented: false);
        _id = _store.CreateAsync(_document, ownerId: null).GetAwaiter().GetResult();
        var element = TopologyDocumentSerializer.Import(_document).Topology!.Elements[0];
        (var collection, _editedJson) = TopologyItemSerializer.Serialize(element);
        _edited = new ItemKey(collection, element.Name);
        _version = 1;
        Console.WriteLine($"// database for one 10,000-element topology: {new FileInfo(Path.Combine(_folder, "bench.db")).Length + WalSize():N0} bytes");
    }

    /// <summary>What "import a file" does: parse and validate the document, then store it item by item.</summary>
    [Benchmark]
    public async Task<Guid> ImportTenThousandElements()
    {
        var imported = TopologyDocumentSerializer.Import(_document);
        return await _store.CreateAsync(imported.Topology!, ownerId: null);
    }

    /// <summary>One element changed on the canvas: one small transaction, durable when it returns.</summary>
    [Benchmark]
    public async Task<EditResult> EditOneElement()
    {
        var result = await _store.ApplyAsync(_id, [ItemChange.Update(_edited, _editedJson, _version)]);
        _version = result.ItemVersions[_edited];
        return result;
    }

    /// <summary>Opening the topology: read every item, assemble the document, read it into the model.</summary>
    [Benchmark]
    public async Task<Topology> LoadIntoMemory()
    {
        var stored = await _store.LoadAsync(_id);
        return TopologyDocumentSerializer.ReadStored(stored!.DocumentJson).Topology!;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private long WalSize() => new FileInfo(Path.Combine(_folder, "bench.db-wal")) is { Exists: true } wal ? wal.Length : 0;

    private sealed class Factory(DbContextOptions<AppDbContext> options) : IDbContextFactory<AppDbContext>
    {
        public AppDbContext CreateDbContext() => new(options);
    }
}
