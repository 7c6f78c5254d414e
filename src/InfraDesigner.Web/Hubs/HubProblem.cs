using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;

namespace InfraDesigner.Web.Hubs;

/// <summary>
/// Why the hub refused a call, sent as the JSON text of the stream's <see cref="HubException"/> message (SignalR puts
/// "… HubException: " before it; the problem is the text from the first "{"). The shape is REST's validation problem:
/// status 400 with <c>errors</c> keyed by the argument's JSON path (e.g. "port"), or 403/404 with <c>errors.topologyId</c>.
/// </summary>
public sealed record HubProblem(int Status, string Title, string Detail, IDictionary<string, string[]> Errors)
{
    // Readable in a log or an exception message: quotes and non-ASCII letters as they are, not \u escapes.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static HubException Invalid(IDictionary<string, string[]> errors) =>
        new HubProblem(StatusCodes.Status400BadRequest, "One or more validation errors occurred.", Describe(errors), errors).ToException();

    /// <summary>The caller may see the topology but not do this to it.</summary>
    public static HubException Forbidden(string reason) => OnTopology(StatusCodes.Status403Forbidden, "Forbidden", reason);

    public static HubException UnknownTopology(string topologyId) =>
        OnTopology(StatusCodes.Status404NotFound, "Not Found", $"no topology with id '{topologyId}'");

    private static HubException OnTopology(int status, string title, string reason)
    {
        var errors = new Dictionary<string, string[]> { ["topologyId"] = [reason] };
        return new HubProblem(status, title, Describe(errors), errors).ToException();
    }

    /// <summary>The problem in a refused call's message, or null when the message carries none.</summary>
    public static HubProblem? Parse(string message) =>
        message.IndexOf('{') is var start and >= 0 ? JsonSerializer.Deserialize<HubProblem>(message[start..], Json) : null;

    private HubException ToException() => new(JsonSerializer.Serialize(this, Json));

    private static string Describe(IDictionary<string, string[]> errors) =>
        string.Join("; ", errors.SelectMany(e => e.Value.Select(message => $"{e.Key}: {message}")));
}
