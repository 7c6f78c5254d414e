using InfraDesigner.Data;
using InfraDesigner.Web.Features.Editing;
using Npgsql;

namespace InfraDesigner.Web.Instances;

/// <summary>
/// LISTENs for the changes other instances store and tells this instance's editors. When the connection drops, the
/// notices sent meanwhile are lost, so on reconnecting every open topology is reloaded in full.
/// </summary>
internal sealed class PostgreSqlNoticeListener(
    DatabaseSettings database, InstanceIdentity instance, TopologyBroadcaster broadcaster, ILogger<PostgreSqlNoticeListener> logger) : BackgroundService
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(2);

    /// <summary>Set once LISTEN is in place (tests wait for it before storing a change on another instance).</summary>
    public TaskCompletionSource Listening { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var dropped = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(database.ConnectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, e) => Deliver(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {NoticeMessages.Channel}", connection))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                if (dropped)
                    ReloadEverythingOpen();
                Listening.TrySetResult();
                while (true)
                    await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception failed) when (failed is NpgsqlException or TimeoutException or System.IO.IOException)
            {
                dropped = true;
                logger.LogWarning(failed, "Lost the change feed from the other instances; retrying in {Seconds} s", RetryAfter.TotalSeconds);
                await Task.Delay(RetryAfter, stoppingToken);
            }
        }
    }

    // An editor that fails on a notice must not stop the feed for every other editor of this instance.
    private void Deliver(string payload)
    {
        if (NoticeMessages.Read(instance.Id, payload) is not { } notice)
            return;
        try
        {
            broadcaster.Deliver(notice);
        }
        catch (Exception failed)
        {
            logger.LogError(failed, "An editor of topology {Topology} failed on a change from another instance", notice.TopologyId);
        }
    }

    private void ReloadEverythingOpen()
    {
        foreach (var topology in broadcaster.OpenTopologies())
            broadcaster.Deliver(TopologyChangeNotice.Whole(topology, "Reloaded: this server lost contact with the others for a moment."));
    }
}
