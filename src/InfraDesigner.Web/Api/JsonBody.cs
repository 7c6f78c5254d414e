using System.Text.Json;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Api;

/// <summary>
/// Reads a request body as <typeparamref name="T"/> rather than letting the framework bind it: a body that is not JSON,
/// or a value of the wrong kind, is a 400 keyed by the JSON path of the bad value saying what was expected, never a 500
/// and never a .NET type name. The simulation hub reads its question arguments the same way.
/// </summary>
internal static class JsonBody
{
    public static async Task<T> ReadAsync<T>(HttpRequest request, JsonSerializerOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, options, cancellationToken)
                ?? throw Refused("$", "send a JSON object");
        }
        catch (JsonException bad)
        {
            throw Refusal<T>(bad);
        }
    }

    /// <summary>The same reading of a body that arrived as a JSON value (a hub method's argument).</summary>
    public static T Read<T>(JsonElement body, JsonSerializerOptions options)
    {
        try
        {
            return body.ValueKind == JsonValueKind.Object
                ? body.Deserialize<T>(options)!
                : throw Refused("$", "send a JSON object");
        }
        catch (JsonException bad)
        {
            throw Refusal<T>(bad);
        }
    }

    private static RequestValidationException Refusal<T>(JsonException bad)
    {
        var path = bad.Path is null or "$" ? "$" : bad.Path.TrimStart('$', '.');
        return path != "$" && JsonShape.At(typeof(T), bad.Path!) is { } expected
            ? Refused(path, JsonShape.Expected(expected.Type, expected.Field))
            : Refused(path, $"send a JSON object (the body does not read as one at line {bad.LineNumber + 1}, position {bad.BytePositionInLine + 1})");
    }

    private static RequestValidationException Refused(string path, string message) => new([new FieldError(path, message)]);
}
