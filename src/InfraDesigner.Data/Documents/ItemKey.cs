namespace InfraDesigner.Data.Documents;

/// <summary>Identifies one item of a topology document: its collection ("elements") and its key ("app-a").</summary>
public readonly record struct ItemKey(string Collection, string Key)
{
    public override string ToString() => $"{Collection}[{Key}]";
}
