using InfraDesigner.Domain.Topologies;
using InfraDesigner.Web.Components.Fields;
using InfraDesigner.Web.Features.Editing;
using Microsoft.AspNetCore.Components;

namespace InfraDesigner.Web.Components.Panels;

/// <summary>
/// A property editor: each committed field is one edit of the session, stored at once. A value that
/// does not parse, or an edit the session refuses, leaves its message at the field, in words without the
/// document path (the field already shows where; the REST API keeps the paths). While a field shows such a
/// value the session knows, so the save status does not say "Saved".
/// </summary>
public abstract class PropertyEditorBase : ComponentBase, IDisposable
{
    private readonly Dictionary<string, string> _errors = [];

    [Parameter, EditorRequired] public EditingSession Session { get; set; } = default!;

    protected Topology Topology => Session.Topology!;

    protected string? ErrorAt(string path) => _errors.GetValueOrDefault(path);

    protected async Task CommitAsync(string path, Func<Topology, Topology> edit)
    {
        var outcome = await Session.ApplyAsync(edit);
        if (outcome.Problems.Count > 0) Show(path, string.Join(" ", outcome.Problems.Select(p => p.Message)));
        else Clear(path);
    }

    /// <summary>Forgets the messages under a path, e.g. when removing an item shifts the indexes after it.</summary>
    protected void ClearErrorsUnder(string prefix)
    {
        foreach (var path in _errors.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList()) Clear(path);
    }

    /// <summary>Shows why a typed value was not taken, without making an edit.</summary>
    protected void Reject(string path, string message) => Show(path, message);

    private void Show(string path, string message)
    {
        _errors[path] = message;
        Session.SetRefused(this, path, refused: true);
    }

    private void Clear(string path)
    {
        if (_errors.Remove(path)) Session.SetRefused(this, path, refused: false);
    }

    protected static IReadOnlyList<SelectOption<TEnum>> EnumOptions<TEnum>() where TEnum : struct, Enum =>
        [.. Enum.GetValues<TEnum>().Select(v => new SelectOption<TEnum>(v, Words(v.ToString())))];

    /// <summary>"RoundRobin" → "round robin".</summary>
    protected static string Words(string pascal) =>
        System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(pascal).Replace('-', ' ');

    protected static int? ToInt(double? value) => value is { } v ? (int)Math.Round(v) : null;

    /// <summary>The editor leaves the panel: end what it started elsewhere (a pick on the canvas ...).</summary>
    protected virtual void OnDisposing()
    {
    }

    public void Dispose()
    {
        OnDisposing();
        Session?.ForgetRefused(this);
        GC.SuppressFinalize(this);
    }
}
