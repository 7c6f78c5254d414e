using System.Text.Json;
using System.Text.RegularExpressions;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Domain.Documents.Json;

/// <summary>
/// Turns serializer exceptions into a document path and a readable message.
/// The serializer only knows the path up to a custom converter, so each list item's error carries the
/// rest of its path in <see cref="Exception.Data"/>; the serializer then adds the part outside.
/// The wording relies on System.Text.Json's (invariant, English) messages; one not recognised passes
/// through without its path suffix.
/// </summary>
internal static partial class JsonErrorPath
{
    private const string TailKey = "InfraDesigner.JsonPathTail";

    public static JsonException WithinItem(int index, Exception inner)
    {
        var wrapped = new JsonException(Describe(inner), inner);
        wrapped.Data[TailKey] = $"[{index}]{RelativePath(inner)}";
        return wrapped;
    }

    /// <summary>The path into the document, without the leading "$." ("$" alone for the whole document).</summary>
    public static string PathOf(Exception error)
    {
        var relative = RelativePath(error);
        return relative.Length == 0 ? "$" : relative.TrimStart('.');
    }

    /// <summary>The message without the serializer's path suffix, with its wording made readable.</summary>
    public static string Describe(Exception error)
    {
        var message = PathSuffix().Replace(error.Message, string.Empty).Trim();
        var convert = CouldNotConvert().Match(message);
        if (convert.Success)
        {
            return $"Wrong type: expected {Friendly(convert.Groups[1].Value)}.";
        }
        var unmapped = Unmapped().Match(message);
        if (unmapped.Success)
        {
            return $"Unknown property '{unmapped.Groups[1].Value}'.";
        }
        var missing = MissingRequired().Match(message);
        if (missing.Success)
        {
            return $"Missing required property {missing.Groups[1].Value.Trim()}.";
        }
        var discriminator = UnknownDiscriminator().Match(message);
        if (discriminator.Success)
        {
            return $"Unknown kind '{discriminator.Groups[1].Value}'; expected one of: {ElementKindNames}.";
        }
        if (message.StartsWith("Deserialization of interface or abstract types is not supported", StringComparison.Ordinal) || message.Contains("must specify a type discriminator", StringComparison.Ordinal))
        {
            return $"Every element needs a \"kind\": one of {ElementKindNames}.";
        }
        if (message.Contains("configured depth", StringComparison.Ordinal))
        {
            return $"The document is nested deeper than {Validation.Limits.MaxJsonDepth} levels.";
        }
        var duplicate = DuplicateProperty().Match(message);
        if (duplicate.Success)
        {
            return $"Property '{duplicate.Groups[1].Value}' appears twice.";
        }
        if (message.Contains("doesn't allow setting null values", StringComparison.Ordinal) || message.Contains("null value", StringComparison.OrdinalIgnoreCase))
        {
            return "A value is required here; null is not allowed.";
        }
        // Anything else is the JSON reader's own complaint (truncated, stray character): say where in the text.
        var position = Position().Match(error.Message);
        return position.Success
            ? $"{message} (line {long.Parse(position.Groups[1].Value) + 1}, byte {long.Parse(position.Groups[2].Value) + 1})"
            : message;
    }

    private static string ElementKindNames => string.Join(", ", Enum.GetValues<ElementKind>().Select(kind => DocumentNames.Of(kind)));

    private static string RelativePath(Exception error)
    {
        var path = error is JsonException json ? json.Path : MessagePath().Match(error.Message) is { Success: true } match ? match.Groups[1].Value : null;
        var relative = path is null ? string.Empty : path.StartsWith('$') ? path[1..] : path;
        if (UnknownDiscriminator().IsMatch(error.Message))
        {
            // The serializer stops at the element; the fault is its "kind".
            relative += ".kind";
        }
        return relative + (error.Data[TailKey] as string ?? string.Empty);
    }

    private static string Friendly(string typeName) => typeName switch
    {
        _ when typeName.Contains("System.Int32") || typeName.Contains("System.Int64") => "a whole number",
        _ when typeName.Contains("System.Double") => "a number",
        _ when typeName.Contains("System.Boolean") => "true or false",
        _ when typeName.Contains("System.String") => "a text",
        _ => "an object ({...})",
    };

    [GeneratedRegex(@"\s*(Path: \S*)?\s*\|?\s*LineNumber: \d+ \| BytePositionInLine: \d+\.?|\s*Path: \S+\.?$")]
    private static partial Regex PathSuffix();

    [GeneratedRegex(@"LineNumber: (\d+) \| BytePositionInLine: (\d+)")]
    private static partial Regex Position();

    [GeneratedRegex(@"Path: (\$\S*?)(?: \||\.?$)")]
    private static partial Regex MessagePath();

    [GeneratedRegex(@"^The JSON value could not be converted to (.+?)\.?$")]
    private static partial Regex CouldNotConvert();

    [GeneratedRegex(@"^The JSON property '(.*)' could not be mapped")]
    private static partial Regex Unmapped();

    [GeneratedRegex(@"missing required properties[^:]*:\s*(.+?)\.?$")]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"^Duplicate property '(.*?)'")]
    private static partial Regex DuplicateProperty();

    [GeneratedRegex(@"unrecognized type discriminator id '(.*)'")]
    private static partial Regex UnknownDiscriminator();
}
