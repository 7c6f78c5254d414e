namespace InfraDesigner.Web.Components.Reachability;

/// <summary>A hop of an answer: path <see cref="Path"/> (0-based), hop <see cref="Hop"/>; <see cref="Return"/> for the reply's way back.</summary>
public sealed record HopRef(int Path, int Hop, bool Return = false)
{
    /// <summary>How lists and the packet player name the hop: "0:2" is path 0 hop 2, "0:r1" hop 1 of its return.</summary>
    public string Key => $"{Path}:{(Return ? "r" : "")}{Hop}";

    public static HopRef? Parse(string? key)
    {
        if (key?.Split(':') is not [var path, var hop]) return null;
        var back = hop.StartsWith('r');
        return int.TryParse(path, out var p) && int.TryParse(back ? hop[1..] : hop, out var h) ? new HopRef(p, h, back) : null;
    }
}
