using System.Diagnostics;
using InfraDesigner.Data.Tests.Support;

namespace InfraDesigner.Data.Tests.Store;

/// <summary>
/// A child process applies edits and is killed with SIGKILL at random moments; every edit it had
/// acknowledged must be in the database afterwards, and the database must open cleanly.
/// </summary>
public abstract class CrashDurabilityTests(DatabaseProvider provider) : StoreTestBase(provider)
{
    private const int Rounds = 8;

    [SkippableFact]
    public async Task Every_acknowledged_edit_survives_the_writer_being_killed()
    {
        var id = await Store.CreateAsync(Samples.Document("zones-firewall"), ownerId: null);
        var random = new Random(20261122);
        var acknowledged = new List<int>();

        for (var round = 0; round < Rounds; round++)
        {
            // Each round numbers its edits from its own range: an edit committed but killed before its
            // acknowledgement is stored (and may be), so numbering on from the last acknowledgement could collide.
            var first = round * 1_000_000;
            acknowledged.AddRange(await RunAndKillAsync(id, first, TimeSpan.FromMilliseconds(random.Next(1, 400))));
        }

        acknowledged.Count.ShouldBeGreaterThan(Rounds, "the writer must have acknowledged edits before being killed");
        var stored = (await Store.LoadAsync(id))!.ItemVersions.Keys.Where(k => k.Collection == "zones").Select(k => k.Key).ToHashSet();
        acknowledged.Where(n => !stored.Contains($"crash-{n}")).ShouldBeEmpty("acknowledged edits lost");
    }

    /// <summary>Starts the writer, lets it edit for <paramref name="afterFirstAck"/> past its first acknowledgement, then kills it.</summary>
    private async Task<List<int>> RunAndKillAsync(Guid id, int first, TimeSpan afterFirstAck)
    {
        var writer = Path.Combine(AppContext.BaseDirectory, "InfraDesigner.CrashWriter.dll");
        var info = new ProcessStartInfo("dotnet", [writer, Database.Settings.Provider.ToString(), Database.Settings.ConnectionString, id.ToString(), first.ToString()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(info)!;
        var acknowledged = new List<int>();
        var firstAck = new TaskCompletionSource();
        var reading = Task.Run(async () =>
        {
            while (await process.StandardOutput.ReadLineAsync() is { } line)
            {
                if (!line.StartsWith("ack ", StringComparison.Ordinal)) continue;
                lock (acknowledged) acknowledged.Add(int.Parse(line[4..]));
                firstAck.TrySetResult();
            }
            firstAck.TrySetException(new InvalidOperationException("The writer stopped before its first edit: " + await process.StandardError.ReadToEndAsync()));
        });
        await firstAck.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await Task.Delay(afterFirstAck);
        process.Kill(); // SIGKILL on Linux: no chance to flush or roll back
        await process.WaitForExitAsync();
        await reading;
        return acknowledged;
    }
}

public sealed class CrashDurabilityOnSqliteTests() : CrashDurabilityTests(DatabaseProvider.Sqlite);

public sealed class CrashDurabilityOnPostgreSqlTests() : CrashDurabilityTests(DatabaseProvider.PostgreSql);
