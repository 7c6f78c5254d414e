using InfraDesigner.Data.Documents;

namespace InfraDesigner.Data.Store;

/// <summary>An edit refused because someone else changed the same item first; nothing of the edit was stored.</summary>
public sealed class EditConflictException(ItemKey key, string message) : Exception(message)
{
    public ItemKey Key { get; } = key;
}
