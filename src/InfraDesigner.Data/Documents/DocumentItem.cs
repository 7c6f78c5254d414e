namespace InfraDesigner.Data.Documents;

/// <summary>One item of a document as compact JSON, in its collection's order.</summary>
public sealed record DocumentItem(ItemKey Key, int Ordinal, string Json);
