using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace InfraDesigner.E2E.Support;

/// <summary>
/// Counts the WebSocket frames a page sends (its circuit's messages to the server) and names each by the
/// Blazor call it carries. Attach before the page opens its socket (before navigating, or reload after).
/// </summary>
public sealed partial class CircuitMessages
{
    private readonly List<string> _kinds = [];

    public CircuitMessages(IPage page) =>
        page.WebSocket += (_, socket) => socket.FrameSent += (_, frame) =>
        {
            lock (_kinds) _kinds.Add(KindOf(frame.Text ?? Encoding.Latin1.GetString(frame.Binary ?? [])));
        };

    public int Sent { get { lock (_kinds) return _kinds.Count; } }

    /// <summary>The kinds of the messages sent since <paramref name="from"/> (a former <see cref="Sent"/>).</summary>
    public string KindsSince(int from)
    {
        lock (_kinds) return string.Join(", ", _kinds.Skip(from));
    }

    private static string KindOf(string frame) => CallName().Match(frame).Value is { Length: > 0 } kind ? kind : "binary";

    [GeneratedRegex("[A-Z][A-Za-z]+(DotNet|JS|Completed|Ack|Invoke)[A-Za-z]*")]
    private static partial Regex CallName();
}
