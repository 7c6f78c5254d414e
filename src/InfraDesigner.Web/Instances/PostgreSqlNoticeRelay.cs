using InfraDesigner.Data;
using InfraDesigner.Web.Features.Editing;
using Npgsql;

namespace InfraDesigner.Web.Instances;

/// <summary>
/// Tells the other instances on the same PostgreSQL database of a stored change, with NOTIFY. The change is stored
/// before this runs, so a failed NOTIFY loses nothing: the other instances' editors see it when they next reload.
/// </summary>
internal sealed class PostgreSqlNoticeRelay(DatabaseSettings database, InstanceIdentity instance, ILogger<PostgreSqlNoticeRelay> logger) : ITopologyNoticeRelay
{
    public async Task SendAsync(TopologyChangeNotice notice, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            foreach (var payload in NoticeMessages.Write(instance.Id, notice))
            {
                await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
                notify.Parameters.AddWithValue("channel", NoticeMessages.Channel);
                notify.Parameters.AddWithValue("payload", payload);
                await notify.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        catch (Exception failed) when (failed is NpgsqlException or TimeoutException)
        {
            logger.LogWarning(failed, "Could not tell the other instances of a change to topology {Topology}", notice.TopologyId);
        }
    }
}
