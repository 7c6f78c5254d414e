namespace InfraDesigner.Domain.Network;

/// <summary>An inclusive range of ports; a single port has <see cref="From"/> == <see cref="To"/>. Written "443" or "8000-8080".</summary>
public readonly record struct PortRange(int From, int To)
{
    public const int MinPort = 1;
    public const int MaxPort = 65535;

    public static PortRange Single(int port) => new(port, port);

    public bool IsSingle => From == To;

    public bool IsValid => From is >= MinPort and <= MaxPort && To is >= MinPort and <= MaxPort && From <= To;

    public bool Contains(int port) => port >= From && port <= To;

    public static bool IsValidPort(int port) => port is >= MinPort and <= MaxPort;

    public static bool TryParse(string? text, out PortRange range)
    {
        range = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }
        var dash = text.IndexOf('-');
        var style = System.Globalization.NumberStyles.None;
        if (dash < 0)
        {
            var ok = int.TryParse(text, style, null, out var port);
            range = Single(port);
            return ok;
        }
        var parsed = int.TryParse(text[..dash], style, null, out var from) & int.TryParse(text[(dash + 1)..], style, null, out var to);
        range = new PortRange(from, to);
        return parsed;
    }

    public override string ToString() => IsSingle ? From.ToString() : $"{From}-{To}";
}
