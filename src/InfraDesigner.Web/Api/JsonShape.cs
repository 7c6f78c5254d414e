using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace InfraDesigner.Web.Api;

/// <summary>
/// Says in the body's own terms what a field expects ("a whole number from 1 to 65535", "an object { name, vcpu, ... }"),
/// so a value that does not bind is refused at its JSON path without .NET type names.
/// </summary>
public static class JsonShape
{
    private static readonly JsonSerializerOptions Names = new(JsonSerializerDefaults.Web) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    /// <summary>"expected ..." for a field of <paramref name="type"/> (with the bounds of its [Range], when <paramref name="field"/> has one).</summary>
    public static string Expected(Type type, ICustomAttributeProvider? field = null) => "expected " + Describe(type, field);

    /// <summary>
    /// The type found at a JSON path such as "$.newVms[0].vcpu" inside <paramref name="root"/>, with the property it came
    /// from (a list's elements keep their list's property, so a [Range] on a list bounds its items); null when the path leaves the type.
    /// </summary>
    public static (Type Type, ICustomAttributeProvider? Field)? At(Type root, string path)
    {
        var (type, field) = (root, (ICustomAttributeProvider?)null);
        foreach (var step in Steps(path))
        {
            var info = Names.GetTypeInfo(Nullable.GetUnderlyingType(type) ?? type);
            if (step is null && info.ElementType is { } element)
                type = element;
            else if (step is not null && info.Kind == JsonTypeInfoKind.Object
                && info.Properties.FirstOrDefault(p => string.Equals(p.Name, step, StringComparison.OrdinalIgnoreCase)) is { } property)
                (type, field) = (property.PropertyType, property.AttributeProvider);
            else
                return null;
        }
        return (type, field);
    }

    private static string Describe(Type type, ICustomAttributeProvider? field)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        var range = field?.GetCustomAttributes(typeof(RangeAttribute), inherit: true).OfType<RangeAttribute>().FirstOrDefault() is { } r
            ? $" from {r.Minimum} to {r.Maximum}"
            : "";
        if (type == typeof(string)) return "a string";
        if (type == typeof(bool)) return "true or false";
        if (type == typeof(Guid)) return "an id (a GUID)";
        if (type.IsEnum) return "one of " + string.Join(", ", EnumNames(type).Select(n => $"\"{n}\""));
        if (type == typeof(int) || type == typeof(long) || type == typeof(short)) return "a whole number" + range;
        if (type == typeof(double) || type == typeof(float) || type == typeof(decimal)) return "a number" + range;
        var info = Names.GetTypeInfo(type);
        return info.Kind switch
        {
            JsonTypeInfoKind.Enumerable => $"a list, each {Describe(info.ElementType!, field)}",
            JsonTypeInfoKind.Object => $"an object {{ {string.Join(", ", info.Properties.Select(p => p.Name))} }}",
            _ => "a value of another kind",
        };
    }

    /// <summary>An enum's values as the body spells them: camelCase, or the member's [JsonStringEnumMemberName].</summary>
    private static IEnumerable<string> EnumNames(Type type) => type.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f =>
        f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(f.Name));

    // "$.newVms[0].vcpu" → "newVms", null (an element), "vcpu".
    private static IEnumerable<string?> Steps(string path)
    {
        foreach (var part in path.TrimStart('$').Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = part.IndexOf('[');
            yield return bracket < 0 ? part : part[..bracket];
            for (var i = bracket; i >= 0; i = part.IndexOf('[', i + 1))
                yield return null;
        }
    }
}
