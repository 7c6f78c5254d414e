namespace InfraDesigner.Domain.Network;

/// <summary>Splits "kind:value" texts used by rule endpoints and share principals.</summary>
internal static class TaggedText
{
    public static (string Prefix, string Value) Split(string? text)
    {
        var colon = text?.IndexOf(':') ?? -1;
        return colon < 0 ? (string.Empty, string.Empty) : (text![..colon], text[(colon + 1)..]);
    }
}
