using InfraDesigner.Data;
using InfraDesigner.Data.Documents;
using InfraDesigner.Data.Store;
using Microsoft.EntityFrameworkCore;

// Usage: InfraDesigner.CrashWriter <Sqlite|PostgreSql> <connection string> <topology id> <first edit number>
// Adds zones "crash-<n>", n = first, first+1, ... one edit (one transaction) at a time, and prints
// "ack <n>" only after the edit's commit returned: what a user would see as "Saved".
var settings = new DatabaseSettings(Enum.Parse<DatabaseProvider>(args[0]), args[1]);
var (topologyId, next) = (Guid.Parse(args[2]), int.Parse(args[3]));
var options = new DbContextOptionsBuilder<AppDbContext>();
DatabaseSetup.Configure(options, settings);
var store = new TopologyStore(new Factory(options.Options), TimeProvider.System);
var output = Console.Out;
while (true)
{
    var zone = $"crash-{next}";
    await store.ApplyAsync(topologyId, [ItemChange.Add(new ItemKey("zones", zone), $$"""{"name":"{{zone}}"}""")]);
    output.WriteLine($"ack {next}");
    output.Flush();
    next++;
}

internal sealed class Factory(DbContextOptions<AppDbContext> options) : IDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext() => new(options);
}
