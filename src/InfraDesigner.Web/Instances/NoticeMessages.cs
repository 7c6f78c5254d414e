using System.Text;
using System.Text.Json;
using InfraDesigner.Data.Documents;
using InfraDesigner.Web.Features.Editing;

namespace InfraDesigner.Web.Instances;

/// <summary>
/// A change notice as PostgreSQL NOTIFY payloads: JSON tagged with the sending instance, split so that each payload
/// stays under the server's 8,000-byte limit (an edit of many items becomes several payloads of the same change).
/// </summary>
internal static class NoticeMessages
{
    public const string Channel = "infradesigner_topology_changes";

    // NOTIFY refuses payloads of 8,000 bytes or more; the margin covers the envelope around the keys.
    private const int MaxKeyBytes = 7000;

    public static IEnumerable<string> Write(Guid instance, TopologyChangeNotice notice)
    {
        var chunk = new List<ItemKey>();
        var bytes = 0;
        foreach (var key in notice.Keys)
        {
            var size = Encoding.UTF8.GetByteCount(key.Collection) + Encoding.UTF8.GetByteCount(key.Key) + 16;
            if (chunk.Count > 0 && bytes + size > MaxKeyBytes)
            {
                yield return Payload(instance, notice, chunk);
                (chunk, bytes) = ([], 0);
            }
            chunk.Add(key);
            bytes += size;
        }
        if (chunk.Count > 0 || notice.Keys.Count == 0)
            yield return Payload(instance, notice, chunk);
    }

    /// <summary>The notice in a payload, or null when it came from <paramref name="self"/> (already told locally) or is not ours.</summary>
    public static TopologyChangeNotice? Read(Guid self, string payload)
    {
        Message? message;
        try
        {
            message = JsonSerializer.Deserialize<Message>(payload);
        }
        catch (JsonException)
        {
            return null;
        }
        if (message is null || message.Instance == self)
            return null;
        return new TopologyChangeNotice(message.Topology, message.Session, [.. message.Keys.Select(k => new ItemKey(k[0], k[1]))])
        {
            WholeTopology = message.Whole,
        };
    }

    private static string Payload(Guid instance, TopologyChangeNotice notice, IEnumerable<ItemKey> keys) =>
        JsonSerializer.Serialize(new Message(instance, notice.TopologyId, notice.SessionId, [.. keys.Select(k => new[] { k.Collection, k.Key })], notice.WholeTopology));

    private sealed record Message(Guid Instance, Guid Topology, Guid? Session, string[][] Keys, string? Whole);
}
