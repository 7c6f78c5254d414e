namespace InfraDesigner.Diagrams.Behaviors;

/// <summary>
/// A key with modifiers, written like "Ctrl+Shift+Z". Cmd on macOS counts as Ctrl. For symbol
/// keys ("+", "!") Shift is ignored: the symbol already says which was pressed, whatever the layout.
/// </summary>
public sealed record KeyChord
{
    public KeyChord(string key, bool ctrl = false, bool shift = false, bool alt = false)
    {
        Key = key.Length == 1 ? key.ToUpperInvariant() : key;
        Ctrl = ctrl;
        Shift = shift && !(key.Length == 1 && !char.IsLetterOrDigit(key[0]));
        Alt = alt;
    }

    public string Key { get; }
    public bool Ctrl { get; }
    public bool Shift { get; }
    public bool Alt { get; }

    /// <summary>Reads "Ctrl+Shift+Z", "Delete", "Ctrl+=" ...</summary>
    public static KeyChord Parse(string text)
    {
        var parts = text.Split('+');
        // "Ctrl++" ends in an empty part: the key is "+".
        var key = parts[^1].Length == 0 ? "+" : parts[^1];
        var modifiers = parts[..^1].Select(p => p.ToLowerInvariant()).ToHashSet();
        return new KeyChord(key, modifiers.Contains("ctrl"), modifiers.Contains("shift"), modifiers.Contains("alt"));
    }

    /// <summary>From a browser keyboard event's key and modifier flags.</summary>
    public static KeyChord FromBrowser(string key, bool ctrl, bool meta, bool shift, bool alt) =>
        new(key, ctrl || meta, shift, alt);

    public override string ToString() =>
        string.Concat(Ctrl ? "Ctrl+" : "", Alt ? "Alt+" : "", Shift ? "Shift+" : "", Key);
}
