using System.Globalization;
using System.Text.Json;
using InfraDesigner.Data.Entities;
using InfraDesigner.Web.Components.Fields;
using InfraDesigner.Web.Features.Audit;
using InfraDesigner.Web.Mediation;
using Microsoft.AspNetCore.Components;

namespace InfraDesigner.Web.Components.Audit;

/// <summary>The change log, across the topologies the user may view or (<c>?topology=id</c>) of one: filtered, a page at a time, each line opening to its item before and after.</summary>
public partial class ChangeLogPage
{
    private const int PageSize = 50;
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static readonly IReadOnlyList<SelectOption<string>> Actions =
        [new("", "Any"), .. Enum.GetValues<AuditAction>().Select(a => new SelectOption<string>(a.ToString(), Words(a)))];

    private readonly List<AuditEntryView> _entries = [];
    private readonly HashSet<long> _open = [];
    private string _topology = "", _user = "", _action = "", _item = "", _from = "", _to = "";
    private Dictionary<string, string> _errors = [];
    private long? _next;
    private bool _loaded, _missing;
    private string? _topologyName;

    [SupplyParameterFromQuery(Name = "topology")] private Guid? Topology { get; set; }

    [Inject] private ISender Sender { get; set; } = default!;

    protected override Task OnParametersSetAsync() => FilterAsync();

    private async Task FilterAsync()
    {
        _entries.Clear();
        _open.Clear();
        _next = null;
        await LoadAsync();
    }

    private Task MoreAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        var filter = new AuditFilter(_topology, _user, _action is "" ? null : _action, _item, Day(_from), Day(_to)?.AddDays(1).AddTicks(-1), _next, PageSize);
        try
        {
            var page = Topology is { } id ? await Sender.Send(new ListTopologyAuditLog(id, filter)) : await Sender.Send(new ListAuditLog(filter));
            _missing = page is null;
            if (page is null) return;
            _entries.AddRange(page.Entries);
            _next = page.Next;
            _topologyName ??= page.Entries.FirstOrDefault()?.TopologyName;
            _errors = [];
        }
        catch (RequestValidationException invalid)
        {
            _errors = invalid.ByField();
        }
        finally
        {
            _loaded = true;
        }
    }

    private void Toggle(AuditEntryView entry)
    {
        if (!_open.Remove(entry.Id)) _open.Add(entry.Id);
    }

    private string RowClass(AuditEntryView entry, int _) => _open.Contains(entry.Id) ? "audit-row-open" : "";

    private static DateTimeOffset? Day(string text) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? new DateTimeOffset(day, TimeSpan.Zero) : null;

    /// <summary>A short line of what changed: the fields for an edit, the values for a share or rename.</summary>
    private static string Summary(AuditEntryView entry) => entry.Action switch
    {
        AuditAction.Created => entry.After ?? "",
        AuditAction.RevisionSaved => "",
        AuditAction.ItemAdded => "added",
        AuditAction.ItemRemoved => "removed",
        AuditAction.Deleted => "the deleted document is kept: open the line",
        _ => FieldsChanged(JsonChanges.Between(entry.Before, entry.After)),
    };

    private static string FieldsChanged(IReadOnlyList<JsonChanges.FieldChange> changes) =>
        string.Join("; ", changes.Take(4).Select(Described)) + (changes.Count > 4 ? "; …" : "");

    private static string Described(JsonChanges.FieldChange change) =>
        (change.Path.Length == 0 ? "" : $"{change.Path}: ") + $"{Short(change.Before) ?? "–"} → {Short(change.After) ?? "–"}";

    private static string? Short(string? text) => text is { Length: > 40 } ? text[..39] + "…" : text;

    private static string? Pretty(string? json)
    {
        if (json is null) return null;
        try
        {
            return JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement, Indented);
        }
        catch (JsonException)
        {
            return json;
        }
    }

    private static string Words(AuditAction action) => action switch
    {
        AuditAction.Created => "created",
        AuditAction.ItemAdded => "added item",
        AuditAction.ItemChanged => "changed item",
        AuditAction.ItemRemoved => "removed item",
        AuditAction.Renamed => "renamed",
        AuditAction.Replaced => "replaced",
        AuditAction.RevisionSaved => "saved version",
        AuditAction.RevisionRestored => "restored version",
        AuditAction.Shared => "shared",
        AuditAction.Deleted => "deleted",
        _ => action.ToString(),
    };

    private static string Tone(AuditAction action) => action switch
    {
        AuditAction.Created or AuditAction.ItemAdded => "add",
        AuditAction.ItemRemoved or AuditAction.Deleted => "remove",
        _ => "change",
    };
}
