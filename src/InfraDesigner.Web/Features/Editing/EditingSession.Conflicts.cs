using InfraDesigner.Data.Documents;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Web.Features.Editing;

public sealed partial class EditingSession
{
    /// <summary>
    /// Says what someone else did that a save conflicted with. An item the edit started from that is no
    /// longer stored comes first, as the edit's subject: it was renamed (an item this session did not know
    /// is stored, equal to it but for the name; that item is taken in so the user sees it) or deleted.
    /// Otherwise the conflicting item was changed. Runs under the persist gate, after the reload.
    /// </summary>
    private async Task<string> ConflictMessageAsync(ItemKey key, IReadOnlyList<ItemPatch> patches, Topology mine, Topology? stored)
    {
        var storedItems = stored is null ? [] : TopologyItems.Index(stored);
        if (patches.FirstOrDefault(p => p.Before is not null && !storedItems.ContainsKey(p.Key)) is not { } gone)
            return $"{TopologyItems.Describe(key)} was changed by someone else; your change was not saved. You now see their version.";

        var what = TopologyItems.Describe(gone.Key);
        var known = TopologyItems.Index(mine);
        var unknown = storedItems.Where(item => !known.ContainsKey(item.Key)).ToList();
        var renamed = unknown.Where(item => TopologyItems.IsRenamed(gone.Before!, item.Value)).Select(item => (ItemKey?)item.Key).FirstOrDefault();
        if (renamed is null) return $"{what} was deleted by someone else; your change was not saved.";
        await ReloadUnderGateAsync([.. unknown.Select(item => item.Key)]);
        return $"{what} was renamed to {renamed.Value.Key} by someone else; your change was not saved.";
    }
}
