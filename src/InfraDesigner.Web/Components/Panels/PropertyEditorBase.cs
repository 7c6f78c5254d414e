using InfraDesigner.Domain.Topologies;
using InfraDesigner.Web.Components.Ui;
using InfraDesigner.Web.Features.Editing;
using Microsoft.AspNetCore.Components;

namespace InfraDesigner.Web.Components.Panels;

/// <summary>
/// A property editor: each committed field is one edit of the session, stored at once. A value that
/// does not parse, or an edit the session refuses, leaves its message at the field, prefixed with the
/// document path of the field ("interfaces[0].address: ...").
/// </summary>
public abstract partial class PropertyEditorBase : ComponentBase
{
    private readonly Dictionary<string, string> _errors = [];

    [Parameter, EditorRequired] public EditingSession Session { get; set; } = default!;

    protected Topology Topology => Session.Topology!;

    protected string? ErrorAt(string path) => _errors.GetValueOrDefault(path);

    protected async Task CommitAsync(string path, Func<Topology, Topology> edit)
    {
        var outcome = await Session.ApplyAsync(edit);
        _errors.Remove(path);
        if (outcome.Problems.Count > 0)
            _errors[path] = string.Join(" ", outcome.Problems.Select(p => p.Path is "name" or "$" ? p.Message : $"{InsideElement(p.Path)}: {p.Message}"));
    }

    /// <summary>"elements[3].staticRoutes[0].nextHop" → "staticRoutes[0].nextHop": the panel already shows which element.</summary>
    private static string InsideElement(string path) => ElementPrefix().Replace(path, "");

    [System.Text.RegularExpressions.GeneratedRegex(@"^elements\[\d+\]\.")]
    private static partial System.Text.RegularExpressions.Regex ElementPrefix();

    /// <summary>Forgets the messages under a path, e.g. when removing an item shifts the indexes after it.</summary>
    protected void ClearErrorsUnder(string prefix)
    {
        foreach (var path in _errors.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList()) _errors.Remove(path);
    }

    /// <summary>Shows why a typed value was not taken, without making an edit.</summary>
    protected void Reject(string path, string message) => _errors[path] = $"{path}: {message}";

    protected static IReadOnlyList<SelectOption<TEnum>> EnumOptions<TEnum>() where TEnum : struct, Enum =>
        [.. Enum.GetValues<TEnum>().Select(v => new SelectOption<TEnum>(v, Words(v.ToString())))];

    /// <summary>"RoundRobin" → "round robin".</summary>
    protected static string Words(string pascal) =>
        System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(pascal).Replace('-', ' ');

    protected static int? ToInt(double? value) => value is { } v ? (int)Math.Round(v) : null;
}
