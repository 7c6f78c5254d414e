using InfraDesigner.Data.Documents;
using InfraDesigner.Data.Entities;
using InfraDesigner.Web.Accounts;
using InfraDesigner.Data.Store;
using InfraDesigner.Domain.Documents;
using InfraDesigner.Domain.Lessons;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Domain.Validation;
using InfraDesigner.Web.Features.Lessons;
using InfraDesigner.Web.Features.Topologies;

namespace InfraDesigner.Web.Features.Editing;

/// <summary>
/// The topology open in one circuit. Edits are pure functions of the topology; the session refuses
/// one that adds validation errors, shows it at once, stores only the items it changed (with the
/// versions it last saw, so a concurrent edit of the same item is a conflict), and tells the other
/// sessions on the topology which items changed. A conflict takes the stored value of the item and
/// says so in <see cref="SaveMessage"/>; a whole-topology change elsewhere (a restore, a replace through
/// the API) is reloaded in place with <see cref="ReloadAsync"/>.
/// </summary>
public sealed partial class EditingSession(TopologyStore store, TopologyModels models, TopologyBroadcaster broadcaster, TopologyAccessCheck access, CurrentUser user, LessonLibrary lessons) : IDisposable
{
    private static readonly Problem ViewOnly = Problem.Error("", "You can view this topology but not change it: ask its owner to make you an editor.");

    private readonly SemaphoreSlim _persistGate = new(1, 1);
    private readonly Dictionary<ItemKey, long> _versions = [];
    private HashSet<string> _errorMessages = [];
    private IDisposable? _subscription;

    public Guid SessionId { get; } = Guid.NewGuid();

    public Guid TopologyId { get; private set; }

    public Topology? Topology { get; private set; }

    /// <summary>The lesson this topology is the exercise of, if it is one (and the lesson was not deleted since).</summary>
    public Lesson? Lesson { get; private set; }

    public SaveState SaveState { get; private set; } = SaveState.Saved;

    /// <summary>How many edits this session has stored: the page shows it, so a quick save that never showed "Saving…" is still seen to land.</summary>
    public int SavesCompleted { get; private set; }

    /// <summary>What went wrong with the last save (a conflict or failure), for the user.</summary>
    public string? SaveMessage { get; private set; }

    /// <summary>The topology changed (an edit here, an undo, or items others stored).</summary>
    public event Action<TopologyUpdate>? Updated;

    public event Action? SaveStateChanged;

    /// <summary>Another session stored these items; raised on that session's thread: reload them with <see cref="ReloadItemsAsync"/> on this circuit.</summary>
    public event Action<IReadOnlyList<ItemKey>>? ChangedElsewhere;

    /// <summary>The whole topology was changed elsewhere (the text says how, for the user); raised on that thread: reload it with <see cref="ReloadAsync"/> on this circuit.</summary>
    public event Action<string>? ReplacedElsewhere;

    /// <summary>What the circuit's user may do here; a viewer sees every change but makes none.</summary>
    public TopologyAccess Access { get; private set; }

    public bool CanEdit => Access >= TopologyAccess.Editor;

    /// <summary>Loads the topology; false when there is none with this id that the user may see.</summary>
    public async Task<bool> OpenAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var granted = await access.AccessAsync(id, cancellationToken);
        if (granted == TopologyAccess.None || await models.OpenAsync(id, cancellationToken) is not { } opened) return false;
        Access = granted;
        _subscription?.Dispose();
        TopologyId = id;
        Topology = opened.Topology;
        Lesson = opened.LessonId is { } lessonId ? (await lessons.FindAsync(lessonId, cancellationToken))?.Lesson : null;
        // Edits are refused only for the errors they add to what was stored.
        _errorMessages = ErrorMessages(opened.Problems);
        StartFrom(opened);
        _subscription = broadcaster.Subscribe(id, notice =>
        {
            if (notice.SessionId == SessionId) return;
            if (notice.WholeTopology is { } change) ReplacedElsewhere?.Invoke(change);
            else ChangedElsewhere?.Invoke(notice.Keys);
        });
        return true;
    }

    /// <summary>Makes an edit, unless it adds validation errors or the edit itself is refused; stores it before returning.</summary>
    public Task<EditOutcome> ApplyAsync(Func<Topology, Topology> edit) => ApplyAsync(edit, recordUndo: true);

    private async Task<EditOutcome> ApplyAsync(Func<Topology, Topology> edit, bool recordUndo)
    {
        var before = Topology ?? throw new InvalidOperationException("Open a topology first.");
        if (!CanEdit) return EditOutcome.Refused([ViewOnly]);
        Topology after;
        try
        {
            after = edit(before);
        }
        catch (EditRefusedException refused)
        {
            return EditOutcome.Refused([refused.Problem]);
        }
        var patches = TopologyItems.Diff(before, after);
        if (patches.Count == 0) return EditOutcome.Unchanged;
        var problems = TopologyValidator.Validate(after);
        var added = problems.Where(p => p.IsError && !_errorMessages.Contains(p.Message)).ToList();
        if (added.Count > 0) return EditOutcome.Refused(added);

        Topology = after;
        _errorMessages = ErrorMessages(problems);
        if (recordUndo) Record(patches);
        Updated?.Invoke(new TopologyUpdate(before, after, patches, FromOthers: false));
        if (await PersistAsync(patches)) return EditOutcome.Done;
        if (recordUndo) _undo.RemoveLast();
        return EditOutcome.Conflicted;
    }

    /// <summary>Stores the patches; false when they conflicted with someone else's change and this session took theirs instead.</summary>
    private async Task<bool> PersistAsync(IReadOnlyList<ItemPatch> patches)
    {
        await _persistGate.WaitAsync();
        try
        {
            SetSaveState(SaveState.Saving, null);
            var changes = patches.Select(ToChange).ToList();
            var result = await store.ApplyAsync(TopologyId, changes, user.Author);
            foreach (var change in changes)
            {
                if (change.Json is null) _versions.Remove(change.Key);
                else _versions[change.Key] = result.ItemVersions[change.Key];
            }
            SavesCompleted++;
            SetSaveState(SaveState.Saved, null);
            await broadcaster.PublishAsync(new TopologyChangeNotice(TopologyId, SessionId, [.. changes.Select(c => c.Key)]));
            return true;
        }
        catch (EditConflictException conflict)
        {
            var mine = Topology!;
            var stored = await ReloadUnderGateAsync([.. patches.Select(p => p.Key)]);
            SetSaveState(SaveState.Conflict, await ConflictMessageAsync(conflict.Key, patches, mine, stored));
            return false;
        }
        finally
        {
            _persistGate.Release();
        }
    }

    private ItemChange ToChange(ItemPatch patch)
    {
        var expected = _versions.TryGetValue(patch.Key, out var version) ? version : (long?)null;
        if (patch.After is null)
            return ItemChange.Remove(patch.Key, expected ?? 0);
        var (_, json) = TopologyItemSerializer.Serialize(patch.After);
        return expected is { } known ? ItemChange.Update(patch.Key, json, known) : ItemChange.Add(patch.Key, json);
    }

    /// <summary>
    /// Takes the whole stored topology (someone replaced or restored it), dropping undo history that no
    /// longer applies; false when the topology is gone.
    /// </summary>
    public async Task<bool> ReloadAsync()
    {
        await _persistGate.WaitAsync();
        try
        {
            if (await ReloadUnderGateAsync(keys: null) is null) return false;
            SetSaveState(SaveState.Saved, null);
            return true;
        }
        finally
        {
            _persistGate.Release();
        }
    }

    /// <summary>Takes the stored value of these items (others changed them), keeping this session's other items.</summary>
    public async Task ReloadItemsAsync(IReadOnlyList<ItemKey> keys)
    {
        await _persistGate.WaitAsync();
        try
        {
            await ReloadUnderGateAsync(keys);
        }
        finally
        {
            _persistGate.Release();
        }
    }

    /// <summary>Takes the stored value of these items, or of the whole topology (null keys); answers the stored topology, null when it is no longer stored.</summary>
    private async Task<Topology?> ReloadUnderGateAsync(IReadOnlyList<ItemKey>? keys)
    {
        if (Topology is not { } before || await models.OpenAsync(TopologyId) is not { } stored) return null;
        var after = before;
        if (keys is null)
        {
            after = stored.Topology;
            StartFrom(stored);
        }
        else
        {
            var storedItems = TopologyItems.Index(stored.Topology);
            foreach (var key in keys)
            {
                after = TopologyItems.With(after, key, storedItems.GetValueOrDefault(key));
                if (stored.ItemVersions.TryGetValue(key, out var version)) _versions[key] = version;
                else _versions.Remove(key);
            }
        }
        var patches = TopologyItems.Diff(before, after);
        Topology = after;
        _errorMessages = ErrorMessages(TopologyValidator.Validate(after));
        // A whole reload always tells the views: the name or the undo history may have changed without any item.
        if (patches.Count > 0 || keys is null) Updated?.Invoke(new TopologyUpdate(before, after, patches, FromOthers: true));
        return stored.Topology;
    }

    /// <summary>Takes every item version as stored; the undo history no longer applies.</summary>
    private void StartFrom(OpenedTopology stored)
    {
        _versions.Clear();
        foreach (var (key, version) in stored.ItemVersions) _versions[key] = version;
        _undo.Clear();
        _redo.Clear();
    }

    private void SetSaveState(SaveState state, string? message)
    {
        (SaveState, SaveMessage) = (state, message);
        SaveStateChanged?.Invoke();
    }

    private static HashSet<string> ErrorMessages(IEnumerable<Problem> problems) =>
        problems.Where(p => p.IsError).Select(p => p.Message).ToHashSet(StringComparer.Ordinal);

    public void Dispose()
    {
        _subscription?.Dispose();
        _persistGate.Dispose();
    }
}
