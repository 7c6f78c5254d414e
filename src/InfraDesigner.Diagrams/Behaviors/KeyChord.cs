namespace InfraDesigner.Diagrams.Behaviors;

/// <summary>A key with modifiers, written like "Ctrl+Shift+Z". Cmd on macOS counts as Ctrl.</summary>
public sealed record KeyChord(string Key, bool Ctrl = false, bool Shift = false, bool Alt = false)
{
    /// <summary>Reads "Ctrl+Shift+Z", "Delete", "Ctrl+=" ...</summary>
    public static KeyChord Parse(string text)
    {
        var parts = text.Split('+');
        // "Ctrl++" ends in an empty part: the key is "+".
        var key = parts[^1].Length == 0 ? "+" : parts[^1];
        var modifiers = parts[..^1].Select(p => p.ToLowerInvariant()).ToHashSet();
        return new KeyChord(Normalize(key), modifiers.Contains("ctrl"), modifiers.Contains("shift"), modifiers.Contains("alt"));
    }

    /// <summary>From a browser keyboard event's key and modifier flags.</summary>
    public static KeyChord FromBrowser(string key, bool ctrl, bool meta, bool shift, bool alt) =>
        new(Normalize(key), ctrl || meta, shift, alt);

    private static string Normalize(string key) => key.Length == 1 ? key.ToUpperInvariant() : key;

    public override string ToString() =>
        string.Concat(Ctrl ? "Ctrl+" : "", Alt ? "Alt+" : "", Shift ? "Shift+" : "", Key);
}
